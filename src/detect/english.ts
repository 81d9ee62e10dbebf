// English data for the randomness model (detect/randomness.ts): a word list with costs and
// letter-bigram costs, which tell identifiers, prose and placeholders from random keys.
//
// Derived once, offline (nothing is read at run time), from: Debian's wamerican-small word list
// (SCOWL), kept when a word of 4-20 letters was seen at least twice in the corpora below; plus
// frequent programming words (seen 5+ times in the CPython 3.11 standard library and 5+ times in
// Debian manual pages and /usr/share/doc prose, with a vowel); plus a hand list of 2-3 letter
// English words and programming abbreviations. Word frequencies come from those corpora (about
// 41 million word tokens: identifiers split at camelCase/snake_case, comments, prose).

/**
 * Words, lower-case, grouped by cost: `~N` starts a group of words whose cost is N nats, i.e.
 * round(-ln(frequency)) clamped to [3, 18]; short words are capped at 12.
 */
export const WORDS_TEXT = `
~4 the to ~5 and code commit for in is java of test text with ~6 add align an are as author base
be bug by check class command date error exp file fix from function get github href if it name new
no node not on or org pass right self set span src string style tests that this tmp type use value
version when ~7 added after all also any api argument array at available before bin bold buffer
build but bytes call can change changed changes closes common condensed config configure create
data debian default device do doc event files fixed flag flags format functions git has have id
import include info insertions instead int ip key lang left length letter lib likewise line linux
list log main make makefile man memory message method mode module more my net now null number
object off one only open option options other out output parse passed patch path pre print process
project pull python raw re read release remove return run script security see server should signed
size so socket some source specified stream struct sun support system table target these time
tools types update urgency url used user using util was we which will write you ~8 about access
account ad address agent allow alpha always arch arg args arguments arm assert async attribute
attributes auto avoid based basic because been being beta between bit block boolean both branch
break buf bugs byte cache callback called calls card case cast certificate channel char character
checks child cipher clear client close cloud cmd color commands comment compile compiler compiling
complete compute conf configuration connection console const context control copy core correct
count crypto current db debug dec def define defined delete deletions deprecated desc description
details dev developer diff dir directory disable display ditto dns docs document documentation
does double drop each else em empty enable enabled encoding end entries entry environment err
errors even events example examples exception execution exit experimental export ext extension
extra fail failed fails failure false feature field fields filename filter find first fixes
following font foo fork found free fs full fully func generate generic given global gmail google
group handle handler handling hash head header headers help here host ignore implementation
improve index information init input install installation instance integer interface internal into
invalid io issue issues italic item its js just kernel keys keyword language last latin layout
leak level library like limit link load local locale location lock long longer look loop low mac
macro manual map mark match max medium merge messages meta methods michael might minor missing
modules mon move mozilla multi multiple must names need needed nested network news next none note
notes obj objects oblique offset old op operator ops optional order os over package page pages
parameter params parser patches pattern perl point pointer policy port posix possible prefix
private program property protocol provide ptr ptype public range ref reference region regular
removed rename replace report reported request require required resource result returns rgb rules
running runtime same sat search second section send separate service session setting settings
setup sha shared show sign signal simple since single skip small sort spec specific ssl stack
standard start state static status stop store str strings structs sub successful such supported
symbol syntax sys tag template testsuite than thanks them then there they thread threads timeout
title tls token trace tree true try tue two txt under unix unsigned unstable unused up updated
upstream us usage users uses usr utf valid values var variable variables verify versions void
warning warnings watch web wed whatis where while wide width win window windows without work would
xml zero ~9 abort above accept action active actually adding additional addr addresses adjust
again against algorithm alias alloc allocation allowed allows already annotations another app
append application applications applied apply arabic archive aria around ascii assertion
associated attach attempt attic attr auth automatically back backend backup bad bar bash batch
begin behavior below better big billing binary binding bits blob blocks body bool border box
breakpoint broken builder building builds built builtin bump bus button caller calling cannot
capital cases catch cause caused causes cert certificates cflags changelog channels characters
charset checking christian chunk clang clarify classes clean cleanup cli clone closed cluster
codes collin colon column comments comp compare compat compatibility compatible compilation
compiled completion complex compress compression concurrent condition connect connections constant
constants constructor contain container containing contains content contents continue conversion
convert copyright corrected correctly corresponding could coverage cpu cpython crash created
creating cross curl currently curve custom daemon database david decimal declare decode decoder
decoding decrypt defaults definition defs deleted deletion dep dependencies dependency depends
deprecation deps depth describe descriptor destroy detect detection dict did different digest
digit directly directories disabled disk displaced dist distribution doesn domain done down draw
driver due dump dup duplicate during dwarf dynamic early effect either el element elements email
emit encode encrypt engine ensure enum env equal errno escape etc eval ex except exec executable
exist existing exists expected explicit explicitly expression expressions extended extensions
external extract failures fallback family fast features fetch few final flatten float flush follow
fonts force form formatting frame freedesktop future gen general generated generation generator
generics gettext gids glibc go gray groups had handles heap hello helper hidden high hints history
home hook hooks how however hub identifier ignored image impersonate impl implement implemented
improved included includes including incorrect indent indic initial initialization initialize
inline insert inserted insertion installed instances intel internals introduced invoke ioctl items
iter iterator itself james jar job join json keep kit known label labels lambda large later latest
least legacy len less let libc libraries license lines links listed lists literal loader logging
logic login lookup machine macros made major makes malloc manager many mapping martin mask master
matches matching math maximum means media member mention metadata mime min misc mod model modified
modify most moved msg named namespace native nav necessary needs negative nettle never notice num
numbers obsolete ok older once openssl operation operations opt opts oracle original otherwise our
overflow override own pack packages packet pair param parameters parent parsing part passing
password paths pending per perf performance permission peter pid pipe pkg place platform platforms
pool pop pos position positional post potential power present prevent previous previously printing
prints priority problem problems proc processing profile programs progress promise prompt properly
properties prototype provided provider provides proxy push put qualified query queue quiet race
raise random rather readable reader reading readline readme real record recursive reduce refactor
references refs register regression related relative remote renamed repl reply repository
reproducible requests requires res reset resolve resources response restore results ret retain
returned reuse reverse revert reviewed rewrite rich richard root rpc rule safe save scan scheme
scope screen scripts secret sections secure select sent sequence serial services sets several
shape share sharp shell shift short side sig signature signatures similar simplify skipped slot
snapshot software solaris sources space special specifies specify specifying speed split sql
sqlite ssh stability stable standards stat statement stderr stdout step steve still storage
streams strict strong structure structures stuff submodule subset success suite summary supports
sure switch symbols sync synopsis syscall systems tab tables tags take targets task tcp term
testing their those through throw times too tool top total trailing transform translation
translations transport trust trying ts tty tune typo ui uid uint undef undefined unicode unique
unit unittest unknown unless unnecessary until updates upgrade upload uri useful utils val
validate validation variants various verbose verbosity very via view virtual vm wait want warn way
well were what whether whitespace within word worker working works wrap wrapper writable writing
written wrong yes yet your zip zlib zone ~10 able aborted absolute abstract acc accepted accepts
according accordingly across actions actual acute adapt addition adds adobe advanced affect
affected algorithms aliases alignment alive allocate allocated allowing along alt alternative
ambiguous amount analysis android annotate annotation anonymous ansi anymore anything anyway
apache appear apple appropriate arbitrary architecture architectures area argv arrays arrow ask
assembly assign assigned assignment assume asynchronous asyncio atom atomic attached attempts
attrs audio audit authentication authorization authors automatic aux avoids await background
backward bare basename beginning behaviour bench best bgcolor binaries bind bindings bisect bitmap
blame blank blocking bluetooth bogus book bookworm boot bootstrap bot bound boundary bounds
branches breaks brian bridge browser bucket buffered buffers bundle bzip cached caching
calculation calendar callbacks callers cancel candidate canonical cap capabilities capability
capture care carp cat catalog category causing center central certain certs cfg chain changing
chars checked checkout cherry children choose chunks ciphers clause cleanups clients clip clock
closing clusters codec codecs codepoint coding col collection collections colors columns comma
commits compact comparison compilers completed completely compliance component components compose
composite compressed cond conditional conditions configured conflict conflicting conflicts conn
connected consider considered consistency consistent constraint constraints construct contained
contributed controller controls converted cookie copied copies copying corruption counter couple
crashes creates creation credential credentials croak crypt css curses cursor cut cycle cygwin
cyrillic darwin datagram day days dead deadlock debugger debugging decl declaration declarations
declared decompress defaulted defines definitions deflate del delay delimiter delta demo depend
dependent depending deployment dereference derived described descriptions descriptors despite dest
destination detach detail detected determine determined development devices dgram diag diagnostic
diagnostics dialog dictionary didn digits direct dirs discard disconnect discussion dispatch
displayed distribute distutils documented documents doing dom download draft drawings drivers
dropped dummy duplex duration earlier easier easy echo edge edit editor effective elem elif
eliminate embedded emitted enables encoded encoder encodings encrypted encryption endian endpoint
english enhanced enhancements enough enter entire environments eof equals equivalent eric every
exact exactly exceptions exclude exe execute executed expand expansion expect explain exported
exports expose expr extend extents face factor factory failing fake faster fat fatal fault fellows
filenames filesystem fill filters finalize finally finder fingerprint finish finished fixing fixup
fleet floating flow folder followed follows foreign formats formatted formatter forward four
frames freed functional functionality further fuzz garbage gas gateway generates generating german
getattr getopt gets getting gid give gives glib glob globals gnome going good got graph greater
greek guard guess gui guide guile gzip hack half hand handled handlers handshake happen happens
hard hardware hashes having he health height helpers hex higher hint hmac hold honor horizontal
hostname hosts identical identity idle ids illegal images immediately implementations implicit
important imported importlib imports improvements inc incompatible incomplete incorrectly increase
incremental indentation independent indexes indicate indicates individual inet inference inferior
infinite inflate inherit inherited initialized inner inode inside inspect inspector inst
installing instruction instructions integers integrity intended interactive interacts interfaces
internally interp interpreted interpreter interrupt interval introduce invitation invocation
invoked isinstance iterable iteration jobs journal jpeg kbd keyboard keywords kill kind king know
languages larger launcher layer ldflags lead leading leaks leave libs light likely limb limited
limits linear linked linker linking lint listen listener listing little lo loaded loading locales
locate locations locked locking locks logger logs loops lost lower lowercase lzma macosx magic
mail maintainer maintainers maintenance maker making manage managed management manifest manually
mapped maps marc march margin marked marks mathematical matt maybe me mechanism mem members
membership menu merged meth middle migration mike mingw minimal minimum mismatch mmap mock modern
modes modifier monitor monitoring mount mouse much multicast mutex namespaces naming ncurses neg
neon newer newline nick nodes nor normal normalize normally notation nothing notify npm numeric
occur occurs offsets often omit omitted ones opaque opcode opened operand operate operating
operators optimization optimize optimized optionally organization origin others outline outside
overload overrides overview overwrite owner packets pad padding paging pairs parallel parsed
partial particular parts passwd past pathname patterns peer people perform performed period
permissions phase pick pin pipeline places plain plan please plus pointers points policies poll
poly pools portability portable ports positive possibly pragma precision prefer prepare preserve
pretty prev primary prime primitive principal printed prior probably probe procedure processes
produce product prog projects promises prompted proper protect protected protection proto
protocols prototypes pthread pub punctuation purpose px quick quirk quota quote quoted quotes
raised ran rand randomness ranges rate reads ready really reason receive received recent recognize
recommended records recursion recv red redirect redundant refer referenced reflect refresh
regenerate regenerated regex regexp regions registered registers registry reject rejected rel
released releases relevant remaining removal removes removing render rendering repeat replaced
replacement replaces reporting reports repr representation represents req requested requirement
requirements reserved resize resolution resolved resolver resolves respect respectively rest
restart restrict resulting resume retrieve retry returning revision rework rid ring robust role
roles roll round rounding route routine routines row runner runs safety salt sami sample sanity
saved say scalar scale sched schedule schema sec seconds sect seed seek seems seen segment
selected selection selector semantics sending separated separator seq sequences serializable
serialization serialize servers setuptools shadow shaping shown shows shutdown signals signing
silence simplified simply site sizeof sizes sleep slightly slow smaller sock sockaddr sockets
something sometimes sorted sourceforge spaces sparse spawn specification specifier spelling sphinx
spurious square stage started starting starts startup statements statistics stats std stdin stdio
stepping stopped stored strip stub subclass subject submit submodules subprocess subsequent subst
substitution subtype succeeded successfully suffix suggested sum super supplied suppress surface
suspend svg swap syllable symbolic symlink symlinks tail taken takes tarball tasks team tell temp
temporary terminal terminate terminated terms tested thai theme therefore thing things third
thomas though threaded three threshold thrown throws thus ticket tiff timer timers timestamp
timing todo together toggle topic tor tracing track tracker tracking transaction transfer
translate treat treated trees tries trigger triggers trim trunk trusted tuple turn twice typed
typically typos un uncompress underlying unexpected unhandled uninitialized union units unlimited
unlink unlock unlocked unpack unsafe unset unsupported updating upon upper useless usually utility
uuid validity variant vars vector vendor verification vertical vfork visible visual volume vowel
waiting wasi ways weak white who whole whose winter won words workaround world writer writes year
yield yml zones ~11 abbrev ability abs absent accelerator accent accessed accesses accessible
accessing accidentally accommodate accounts accuracy accurate ack acquire acronym act activate
activity adapted adapter additionally additions adjusted advance advantage advice affecting
affects affinity age aggregate aggressive ago agreement alarm alert aligned allocating allocations
almost alongside alpn alter alternate alternatively alternatives although amend among amp
analogous analyze analyzer anchor anchors ancient andre angle annotated anon answer anyone
apparently appears appended applicable applies applying approach approval april arc archives aren
argparse arithmetic armor artifacts artwork ascending asked assembler assertions asset assets
assigning assignments association assumed assumes assuming asynchronously atexit atime attachment
attack attacker attacks attempted attempting august authenticate authenticated authority
authorized automated auxiliary avail availability average avoiding aware away ax backslash
backwards bail barrier bases basics bat baz become becomes bed begins behave behaves behind
belongs benefit benjamin beyond bitwise black blake blanks blocked blue boost bottom bounding
bracket brackets breaking breakpoints bring broadcast broke brought buckets buffering buggy
builtins bulk bullet bumped bundled busy bypass bytecode caches calc calculate calculated callable
cancelled capable capacity caps cards careful carry casting casts categories caught cedilla cell
cellpadding cellspacing chaining chains chapter chdir checker checkpoint checksum chinese chmod
choice chosen chown chromium chunked circle circular circumflex circumstances clarity classic
clauses cleaned cleared clearing clears closure cmdline cms cname coded collaborators collate
collect collected combination combinations combine combined combining come comes commented commons
communication compared comparing comparisons compiles complain completes compliant composer
compound computation computed computing concat conditionally configurable configurations
configuring confirm confirmation conforming confused confusing confusion connecting connectivity
connector consistently consists consolidate consortium constrained constructed construction
constructors consume consumer contact containers contexts continuation contributing contributors
controlled conv convenience convention conventions conversions converter converting converts
cookies cope corner correction corrections correspond corresponds corrupt corrupted cost counted
counters counting counts course cover covered cppflags critical crop csv ctime ctype ctypes cur
currency curves cycles dangling dark dash dashes databases dataset dates datetime deal december
decide decipher decoded deep defect defer deferred defining definite delayed deletes deleting
delivery demand demonstrate denial deny deprecate deprecations derive descending describes
describing design designed desired desktop destroyed detached detailed detecting detects
determines determining developers diaeresis diamond differ difference differences differently
direction directive directives dirname dirty disables disabling disallow discarded discovered
discovery disks disp displaying displays distinct distinguish distributed distributions divert
divide division dlopen doctype docutils domains dont dotlock dots downgrade drain drawing drive
dry dumps duplicated duplicates dutch dynamically eagain easily east editing effectively effects
efficient egg eight eintr einval elapsed eliminated elsewhere emacs embed embedding emits
emulation enabling enclosing encountered endianness ending endpoints ends enforce engines enhance
enoent ensures entering enterprise entirely entities entity entropy enumerate enums environ eol
ephemeral epoch epoll equality erroneous errs esc escaped escapes escaping especially essential
established evaluate evaluated evaluates evaluation eventually ever everything everywhere exceed
exchange excluded exclusive executables executing executor execve existence existent exited
exiting exits expanded expat expecting expects expiration expire expired expires explanation
exponent exporter exposed extends extent extracted extras facet fact fair fall far favor february
fee feed feedback fence fetched fetching fifo figure fileno filesystems filled filtering finding
finds fine firmware fit fits five fixme fixtures flaky flavor flexible flock floor flushing fmt
fname focus fold folders folding forced forks former forms forwarding foundation fraction fragment
framework frank freebsd freeing freeze french frequency friendly friends front frozen fstat fsync
fulfills fullname fun funcs fuse fuzzing gadget gained gamma garret gather generally generators
geometry getaddrinfo getcwd gif giving glossary glut goes gold gone goto gpu grab gracefully
grammar grant granted graphics grave green grow guarantee guaranteed guest guidelines hacking hang
happened happy harms harness hasattr hat heading healthcare heavy hebrew helpful helps hence
hexadecimal hi hide hierarchy highest highlight histogram historical hit holding holds hopefully
hour house huge human hunk hyphen hyphenation hyphens iana icon icons idea ident identified
identifiers identify idna ietf ignores ignoring imag imap img immediate immutable impact
implementing implements implicitly implied implies importing impossible improvement inclusion
incoming inconsistent increased increment indexed indicated indicating indicator indices indirect
inferiors infinity infrastructure inheritance initializer initially inject inputs insecure
insensitive installs integration intent interaction intercept interconnect interior intermediate
internet interpret interrupted interrupts intersection intrinsic introduces introduction
introspection invalidate inverse invert inverted invisible invocations invoking involving isolate
isolated issued itch iterate iterators janitor january japanese javascript jit julian jump june
junit justification keeping kept kern kernels kid killed kinds korean kwargs lack lake lance late
latter launch lazy leaf leaking learn learned leaving led legal lengths lets letters levels lexer
libdir licenses life lifetime ligature limbs limitation limitations lineno listeners listening
literals live loaders loads loc localhost locally locals localtime located logical logo longlong
looking looks lookups loopback loose loss lot lots lshift lstat machinery machines mailbox mailing
maintain maintained malformed managing mandatory manipulation mappings marker markers marking
markup matched matcher material matrix matter mbox mean meaning meaningful meant measure
memberships memset mentioned merges merging mesh metal micro microsoft migrate migrations miller
milliseconds mini minus minutes mirror mirroring miscellaneous misleading missed mistake mix mixed
mkdir modal models modification modifications modifiers modifying mods modular modulo monotonic
month mostly mounted moves moving mtime multiarch multibyte multiplication multiply
multiprocessing musical myself navigation near nearest negotiation neither nesting netrc
networking networks newlines newly nice noise nonce nonzero normalized notable noted noteworthy
notification notifications nul objective obscure observer obtain obtained obvious occurred octal
octet octets odd official offload onto oops opcodes opening opens operands optimizations ordered
ordering organizations orientation orig originally outdated outer outfile outgoing outputs
overflows overhead overlap overlay overridden overriding overrun overwritten owned ownership
packaging packed pager pane panel panic paper paragraph parentheses parenthesis parents parsers
partially particularly partition party passes passive paste pat pathnames pause payload peek
percent percentage performing performs perhaps perm permanent permit permitted perror persistent
personality physical picked pickle picture ping pipes pixels placed plaintext plane planner plug
pointed pointing polish popen populate porter portion portrait positions possibility pot
potentially practice prec precedence preceding precise pred predefined predicate preference
preferred prefixed prefixes preload preparation prepared preparing prepend preprocessor presence
preserved preset prevented prevents preview primitives printable printer priorities privileged pro
processed processor processors produced produces prof profiler profiles profiling programmer
programming prop propagate proposed providing proxies prune pseudo publish punycode pure purge
purposes puts pwd qualifier qualify quality quartz queries question questions queued queues quirks
quit quite quotation quoting races radix raises rare ratio reach reachable reached readability
readers readonly realpath reasonable reasons rebuild receiver receives receiving recently
recognized recommend recommends recorded recorder recording recover recovery rect recurse
recursively redefine redirection reduced reduces reduction reentrant refactoring refcount referred
refers reflection reformat refuse regarding regardless regional registration rejection relates
relax reload rely relying remain remainder remains remember renames renaming rep repeated
repeating replacing replay replication replies reporter repositories represent represented
representing requiring reservation resolving resp respond responses restored restricted
restriction restrictions resumed resumption retention retries retrieved reversed reverted reverts
review revised revisions revoke revoked rewritten rights risk rmdir rng roman rotate rotation
rounds router routes rows rpath rshift rtl ruby rust safely samples sanitize sanitizer satisfy
saver saving says sbin scaling scanner scanning scenario scheduled scheduler scheduling schemes
scopes scratch scroll sdk sealed searched searches searching secondary secrets seem segmentation
segments selecting semaphore semicolon sendmsg sends sense sensitive sentence separately sequencer
sequential serialized series serpent serve sessions setattr setlocale setuid shall shallow shapes
sharing shells ship shipped shlib shortcut shorter shouldn showing shrink sibling sigint signer
significant significantly silent silently similarly simpler sin situation situations sized
skipping slash slashes slave slice slots slower smart smith snapshots socks soft solution somewhat
soname soon sorting spacing spanish spanner specifically specifications specifiers specs speedup
spell spin splice splitting srcdir ssize staging stale stamp standalone startswith states
statically stdlib steps stone stops stores storing strategy stray streaming strerror stress
strictly stroke stubs studio subclasses subdir subdirectories subdirectory subdirs submitted
subnet subroutine subscribers subscription subsection substitute substitutions substring subsystem
subtest subtle subtree succeed succeeds sufficient suffixes suggest suggestion suitable suites
superfluous supply supporting supposed suppression surrogate svc switches switching symmetric syms
synchronous synthetic sysconfig syslog sysroot tabs tagged taking tan teach technical tells
tempfile temporarily terminating termination testcase tester texts themselves thin think threading
threadsafe throwing thumb tick tid tidy tie tier tighten tilde tile timed timeouts timespec
timestamps timeval timezone tiny tip tkinter tmpdir tokens topics touch traceback traces
traditional traffic trailer trailers trans transformation transition transitional translated trap
traversal traverse tried triggered triple trivial troff truncate truncated truncation tunnel
turned turner turns turtle tutorial tweak typical typing tzdata ulong umask unable uname
unavailable unbound uncaught unchanged uncompressed unconditionally underflow underscore
underscores understand undo undocumented unfortunately unified unify uninstall universal unlike
unlikely unload unnamed unreachable unregister unresolved unspecified unwind upgrades upgrading
uppercase urandom urllib usable username usual utc utilities utime van varargs variation varname
vec vectors verbatim verified verifies verifying versioned video viewer views visibility volatile
vulnerabilities vulnerability wake wakeup walk walker wall wanted wants warranty wasm wasn
watchdog water wchar week weight weird werror west whatever whatwg wheel whenever wiki wildcard
wildcards wire wish wording worked workers workforce workload wrapped wrappers wrapping xattr
xcode xor xpath years yourself zeros zipfile ~12 abbreviated abbreviation abbreviations abcd
aborting aborts absence abstraction accelerated acceleration accelerators accents acceptable
acceptance accepting accessibility accidental acconfig accounting acct achieve achieved
acknowledge acquired activated acts adaptive adaptor addressed addressing addrinfo adjacent
adjusting adjustment adjustments administrator advertise advertised advertising afterwards agents
agree ahead aim air alef aliased aliasing allocates alloy alone alphabet alphabetic alphabetical
alphabetically alphanumeric altered alternates ambiguity amounts ampersand ancestor ancestors
announce annoying anthony anywhere apart apologies apostrophe appeared appearing appending
appendix appends appropriately approved approximately archived archs areas arenas ares arglist
arial arising armored art article articles artifact asking asks aspect aspects assemble asserts
assigns assist associate associates associations associative assumption assumptions assured
asterisk attachments attention attributed authored automation autonomous avoided axis azure backed
backing backlog backslashes backspace badly bag bak balance balanced balancing ball band bandwidth
bang banner baseline basically basis battery bdist bean became believe bell belong besides bias
bigger bill binder bison blacklist bleed blend bless blessed blinding blobs blocksize blog
boilerplate bom bonding booleans booth bootstrapping borland bother boundaries bounded bowler
boxed boxes boxing brace braces bracketed brand breezy breve brief bright brings brown browse
browsers buff buflen bufsize bull bunch bundles bunk burn burst buttons buy buzz bytearray
calculating calculations calibration came canceled cancellation candidates canon canvas capitalize
captured capturing car carbon carefully caron carriage carrier casefold casing caution caveat
caveats cdata cdn ceil ceiling cells cent chained challenge chance charge charmap charsets chin
chip choices chop chrome chronology circled circuit city claim claims clamp clarification
clarified clash classify classmethod cleaner cleaning cleanly clearer clearly click clipboard
clipping clocks cloned clones closely closer closest cnt coalesce coerce coercion cold
collaborator collapse collation collecting collector collision collisions colons colored colspan
coming comm commandline commas commentary commercial committed commonly communicate community
compares complains complaints complement completer completing completions complexity complicated
comply composed compressing compressor computations computer computes con concatenated
concatenation concept concepts concerning concrete concurrency concurrently conditionals confess
confidential configures conform conforms confuse conjunction connects cons consecutive consent
consequence consequences considerations considers consist consisting consonant constructing
constructs consult consulted consumed consumers consuming consumption cont contextlib contiguous
continued continues continuing continuous contract contrast contribution contributions contributor
controllers controlling convenient conventional cook cookbook coordinate coordinates copyfile
cores cork coro coroutine coroutines correctness corrects cortex cos cosmetic cosmetics costs
couldn counterparts country court covering covers crafted crashed crashing creat creator credit
credits criteria cry cuckoo cups curdir curly curr customer customization customize customized
cyclic damage damages dangerous dao dashboard dat dataclass datatype datum daylight deadline
dealing dealings decided deciding decision declares declaring decoders decompressor decorate
decoration decorator decrease decrement dedicated deeply defaulting defects definitely degree
delays delegate delegated delegation delim delimited delimiters delivered deltas demon denied
denominator deque derivation derrick descriptive designated desirable destinations destroying
destroys destruction destructor detaching detector deterministic devanagari develop developed
diagnose diagonal dialect dictionaries dies differs difficult diffs digests digital dimensions
dirfd disallowed disassemble disassembler disassembly disc discarding discards disconnected
discouraged discover discovering discussed dispatcher dispose disposition distance distributors
dive divisor divmod docstring docstrings doctest documenting dollar dotted downstream drawn drew
dropping drops dual dumb dumping duplication dword dyn dynload eacces eager ease eat ebadf ebcdic
edges edited edition edits efficiency efficiently effort eggs eliminates eliminating elimination
ellipsis elliptic emax emin emitting emphasis emulate emulator emulators enclosed encodes
encounters encourage encouraged ended endings endless endswith enforced enforcement enhancement
enqueue ensurepip ensuring entered enumerated enumeration envvar epilogue epsilon equiv
equivalents erase erofs erroneously errored essentially establish estimate ether etree etype euro
evaluating examine exceeded exceeds excess excessive excl exclamation excludes excluding exclusion
executes executions exercise exhaustion existed expanding expands expansions expectations
expensive experience experiment expiry explained explaining explore explorer exponential exporting
exposes express expressed extending extensible extensive externally extracting extraction
extraneous extreme extremely facilitate facilities facility factors fairly faith fallbacks falling
falls families fan fancy fashion faults faulty fax fdopen feat feel fewer fifth fig fil filelist
fileobj filler filling fills filtered finalization finalized finalizer fingerprints finishes
finite firefox fish fitness fixer flash flat flaw fleck flex flip floats flowing flushed flushes
fly fnmatch fog folded footer footnote forbid forbidden forces forcing foreground forever forget
forgot forgotten forked forking formal formed formerly fortify forum forwarded forwards fourth fox
fractional frag fragments fred fredrik frees frequently fresh fset fstatat ftruncate fulfilled
funcname functools furnished furthermore futures fuzzy gain gap gateways gave gawk generalize
generalized georgian getenv geteuid gethostbyname getitem getline getnameinfo getpass getpid
getsockopt getter getters getuid getval globally globs glue gmtime gnat gnuc goal gql gradient
grammatical graphical graphite great greatly greg gregorian gregory grid grip grouped grouping
guarantees guards guido gun guy hacks halt hamza hanging hangs happening hardcoded harden
hardening harder hardlink harmless harmonize hashed hashing hashlib hasn haven havoc headed
headings heads held her hereby heuristic hiding highlighting highly him himself hinting his hits
hitting holder holders hole holes homed honored honors hope horn hosted hostinfo hot hours hubs
hue huh hundred hunks hybrid ico ideal ideas identification identifies identifying identities
idiom illustrates imode implications imply importer improper improves improving inaccessible
inactive inadvertently inappropriate inclusive incompatibility inconsistencies inconsistency
incorporate incorporated increases increasing incremented indeed indented independently indexing
indication indicators indirectly individually inexact infer infile inform informational
informative infos inheritable inherits inhibit ini initializers initializes initializing initiated
injected injection inodes inplace inquire inserting inserts insights inspecting inspection
inspired installations instant instantiate instantiated instantiation instr instructs insufficient
integral integrate integrated inter interact interactions interest interested interesting
interfere intermittent intern international interpolate interpolation interpretation intervals
intro introducing ints invariant inventory inversion invokes involved involves ion iota ipproto
irrelevant isalpha isascii isdigit isdir island isolation isspace issuing iterating iterations
itertools jack jars jigsaw joined joining joins joy joystick jsx junk jwt keeps keyed keyfile
keying kick killing klass knows lab lacking lacks land lane largest lars lat latex launched
launching lay layers layouts lchown ldconfig ldir leader leads leakage leaked leap lease leaves
leftover leg letting lexical lhs liability liable libregrtest licensed licensing ligatures lim
limiting linkage lisp listings lit lived loadable localized locating logfile logged longest looked
looping lose losing lowest lseek lynx macron mad mailto mainly maintaining maintains malicious
managers mangle mangling manipulate manipulating manner mans manuals manufacturer mapper marshal
mart masked masking masks mat materialized matters maximal maxlen maxsize measured measurement
measuring mech mechanisms medial meet meeting memfd memlimit memmove memo memoize mentions menus
merchantability merely mess metaclass metric microseconds mid mind minimize minimized minute
mirrors mismatched mismatches misplaced miss misses mistakenly mistakes misuse mitigate mixing
mkdtemp mknod mkstemp mktemp mktime mob mocked mocks modernize modifies modname modulus moment
monitors monkey months moreover motion mounting mounts mov movement msecs msgid multiline
multipart mutable mute mutually mux nails namely nargs narrow natural nature nbits nbytes nearly
necessarily needing negate negated negotiate negotiated neigh nest netmask netscape newest
ngettext nib nicer nil nine nits nobody nod nodist noisy nonstandard noop norm normalization north
notably notebook notebooks noticed notices notified notifier noting nowadays nowait nsec nth nulls
numb numbered numbering numerator numerical numerous objdump objs observe observed obsoleted
obtaining obviously occasionally occurrence occurrences offer offered offers officially ogonek
okay omega onerror ongoing operates operational opposed opposite optimal ordinal ordinary oriented
origins orphan orthography ouch ourselves outbound outstanding overall overhaul overlapped
overlapping overloaded overloading overly overs overwriting pacific packaged packing packs padded
padlock pads paint palette pan par parameterized paren parens parenthesized parity parses
partitions partly passwords patched patching pathlib paused pay peak pedantic peel peering peers
pen perfect perimeter periodic permanently permits persist person personal persons pet pgen phony
photo phrase pickaxe picking pidfd piece pieces pinned piped pipelines pitch pix placeholder
placement planes planned plans plat play plist plural pods pointless polling polynomial poor
populated population porcelain portal ported porting portions positioning positives posture pprint
practical pread preamble preceded precisely predicates predict predictable prediction pref
preferences prefers prefixing prefixlen preliminary premature prematurely prep prepended
prerelease prerequisite prerequisites presentation presented preserves press pressure preventing
prevention primarily primes principals printers prio privilege privileges probes probing
problematic procedures proceed prod producer producing production products progname progressive
prohibit prohibited prologue promiscuous promote promoted prompting prompts prone proof propagated
propagation proposal props prot protos provable prove provisioned pton published publisher
publishers pulled pulls pushback pushed pushing putting putty pwrite pydoc pypi qname qty
quadratic qualifiers qualname querying queuing quickly quilt quot quotas racy radical raid raising
ram randomize ranlib rarely rast rat rational rawdata raymond readahead readlink reality realm
rearrange rebuilt recipe recipes recipient recipients reclaim recognition recognizes
recommendation recommendations reconnect recreate rectangle rectangles recur recvmsg redefined
redefinition redirected redirections redirects redistribute redo reducing reed refactored
referencing referring refine reflected reflects refreshed refused refuses registering
registrations regress regressions regrtest reinit reinstate reis rejections rejects relation
relationship relatively releasing reliable reliably relied relies relocatable relocate relocated
relocation rem remark remotes removals rendered reopen reordered reorganize reorganized repair
repeatable repeatedly repeats repetition replacements replica replicas reporters representations
reproduce requesting rerun reschedule research reservations reserve resets resetting respective
responsibility responsible restarted restores restoring restructure resulted resuming retained
retired retr retrieval retrieves retrieving returncode retval reused reusing revamp reverting
reviews revise rewriting rewrote rhs rim rlimit rms robin robot robustness romanian room roots rot
rounded routing rss rstrip sad safer said sampling sane sara satisfied saves saying scalars scaled
scandir scanned scenarios schedules science scoped score screens scrolling scrub sdist secs sector
seeing seekable selectors selects selfref sell semantic semi sender sendfile sendmail sensible
sensors sentinel separators serializer serious servername serves serving setsockopt settable
setter seven severity sex shade shadowed shadowing shake shares she shebang sheikh shielded
shifted shifting shipping shorten shorthand shot shuffle shut shutil sics sigchld sigma signaling
signs sigset sigterm silly simplification simplifies simulate simulation simultaneously singleton
singular sink sites sjis skeleton skips sky slab slang sleeping slight slist slope smallest smoke
smooth snippet snippets socketpair sole solid solidus solve somehow someone somewhere sorry sorts
sound sour south spam spark spawned spawning specialized specially speculation speculative speeds
spent splits spoke spool spot spotted spread sprint squared squash squelch stabs stacks stages
stamps standardize standing stands stanza stapling star starttls stated stay steal stem sticky
stolen stopping straight strange strategies streamline strength stretch strftime stricter stride
stripped stripping strongly structured stuck stupid styled styles styling subclassing subcommands
submission submitting subnets subpath subroutines subs subscribe subscriber subscript
subscriptions subsections subsequently substantial substituted subtests subtract successive
sufficiently suggestions suggests superclass superscript superseded superset supervised
supplementary supplying suppose suppressed suppresses surrogates surrounding suspended swapped
swapping swig switched synchronization synchronize synchronized synonym synonyms sysconf
tabulation tack taint talk talking tarfile targeted targeting tarinfo taught tax tbl tbreak tea
teams tear technique tempdir temporal ten tenancy terminals terminates terminator terminology
termios tex textual thank theory thereby thermal theta thought thousand thousands threat
thresholds throughout throughput thunderbolt tickets tied tiger timedelta timegm timings timothy
tips titles tmpfile today toe tokenize tokenizer told tolerate toml ton tone tonos took toolkit
toplevel topology toward towards toy tracer tracked training transactions transferred transferring
transfers transformations transformed transforms transient transitions translates translating
translator translators transmission transmit transmitted transparent transports traps trash
treating treatment treats triangle trick triggering trip trips trouble trunc truncating tuning
tunnels tuples turkish turning tux tweaked tweaks tzinfo ugly ukrainian ultimately unambiguous
unary unattended unauthorized unbalanced unbind unbounded unbreakable unconditional underline
understanding understands understood unescape unexpectedly unfinished uniform unimplemented unions
uniq university unloaded unloading unmatched unmodified unnecessarily unpacked unpacking unparse
unprivileged unquote unquoted unreadable unrecognized unrelated unreliable unusable unusual
unwanted unwinding unwrap upgraded upsilon upwards usages ustar utilization utilize vacuum
validated validating valued variations variety vary vat vault venv verb versa versus vice victor
violation vis vision visit visited vista vol volumes vowels vue vulgar vulnerable waiter waiters
waitpid waits walking war warns warranties watched watcher watching weakref webp weekday welcome
went wet wformat wheels whence whereas whereby whirlpool whitespaces whom widely wider widths
wikipedia wild winapi windll wine wing wipe wise workstation workstations worse worst worth wouldn
wraps writeback writers wrongly wrote wsgi wsign xhr yields young zeroed zeroes zeroing zoned
zoneinfo ~13 aardvark abandon abandoned abbr abbreviate abcdef abnormal abruptly absolutely absorb
abspath abstractions abuse accident accompanying accomplished accordance accumulate accumulated
accurately acid acknowledgements acme acorn acquiring acquisition acting activates activating
actively activities adapters addch additive addrs adhere adjusts administration administrative
administrators adopt adopted advances advantages advertisement advertises advise advised advisory
aggregated aggressively agnostic aifc aiff albeit alerts aligns alike alist allowable allowance
altering altogether amalgamation ambient ambiguities amir amnesty analog analyzed analyzing
ancestry anchored animation announced announcement answers anyways apparent appdata appearance
appliance approaches approve approximate approximation arbitrarily archaic arches arcs arena
argtypes arise arpa arrange arrive arrived arrives arrows artificial artistic ascent asctime aside
assisted associating assorted assure asyncore atoms aton attaching attrib attribution audience
audioop auditing augment augmented authkey authoritative authorities authorize automate autospec
awaited awaiting awkward axes backtick backtrack backtracking badge balloon bank barb barf
barriers barry bars batches baud beacon beans bearer bearing becoming beef beforehand began behalf
behaved believed bells belonging benefits benign berry beware bigendian billion binascii binds
binop binput bitbucket blacklisted blah blast blind blindly blink blksize bloom blow blurb board
boards bobcat bodies bond bone bookmark bookmarks books boom booted boots borders boring borrowed
boss bounce branching brands bridges briefly brightness bringing broker browsing bsymbolic bubble
budget builders bumping bundling buses business bypassed bypasses bypassing bytecodes byteorder
cadence cake calculates calibrate camel cancelation cancelling cancels cant capath capitalization
caption cardinal cares carried carries carrying cascade cased catalogs catches catching cats
centered centralize century certainly certfile cfile cflag chances chang characteristics chase
chat chats cheap checkers chess china chips choke chooses choosing chose chunksize churn cite
claimed clamped clarifications clarifying clashes classdef classification classifiers classname
cleans clever clib clinic clipped clog closures clouds clutter cmath cnri coalescing coarse
codename codeset coefficient coefficients coerced coffee coherent coin collapsed collating
collects coloring cols combines commenting commitment commitments committee committing
communicating compaction companion company comparable compartment compensate compilations
complaining complaint complements completeness complies composing composition compositions
comprehensive compresses compromise comps concatenate concern concerned concerns concise conduct
cone confidence configparser confirmed conflicted confuses connectors consensus consequential
consequently conservative considerably consideration considering consonants constitutes constrain
constructions consts consumes contacts contended contention contextmanager contextual continents
continuations continuously contrary contribute conversation conversely converters convey cookbooks
cooked cool cooper coords copyrights corporation corpus correcting correlated correlation
corrupting costly cots countdown counterpart countries courier courtesy covariant cram cread
critic croatian crossing cube cumulative customizing cutoff cython dagger daily daisy damaged
danger dashboards dashed dataclasses dated deadlocks deals dean death debugged debuglevel decides
decisions decodes decompose decomposition decompressed decorated decorations decorators decreased
decreasing decrypter dedent deduce deepcopy defense defensive deferring deflated deflation defrag
defunct degenerate degradation degrees delegating deliberately delicious delimit delitem deliver
demonstrated demonstrates demonstrating demote denies denote denotes density depended dependence
depot depths derivative derivatives deriving descend descendant descendants descender descent
descr designation designer destructive determination developing deviation devnull diagnosed
diagnosis diagram dialects dialogs dialytika dicts died differentiate differing difflib dimension
dimensional dims directed directions dirlist dirpath disallows disambiguate disappear disappeared
discipline disclaimer disclosure discrepancy discuss discussions disjoint dispatched dispatching
displacement disposable dispositions disruptive dissect distinction distinguished distributing
district distrust distrusted diversion diversions dives divided dividend divider dividing
divisible dndebug domino door dotless doubled doubles doubling doubly doubt downs downwards drag
dragon drained draining draws driven drives droppings dtrace dubious dumped duplicating dying dyld
dylib earth eavesdrop echoing eclipse econnreset ecosystem eddy editors eexist ehlo eighth eject
elaborate elastic electron elevated eligible elite eloop emails emergency emission emphasize
employ employed emscripten emulated encapsulate encapsulated encapsulates enclose encoders
encounter encountering endpos endtime energy enforces enforcing engineering enhances enlarge
enquiry enroll ensemble enters entitled envelope epilog epipe equally errcode errmsg escalation
esmtp establishes establishing estimated estimation eventual everyday everyone evict evil
evolution ewouldblock examined examines examining exceeding excellent excepthook exceptional
excessively exclusively executors execv execvp execvpe exempt exercises exhausted exhaustive
exitcode exotic expectation expense experiments expert explains explanations explanatory exploit
exploited expm exponents exposing exposure extensively extractor extracts faccessat faces facets
facing factored factorial factories faked familiar fastest faulthandler favorite fchmodat fchownat
fear federation federations feeding feeds fellowship fern fetches fget figures figuring filed
filemode filepath filetype finalizers findall findings finer finger finishing fire fired fist
fixers fixture flagged flattened flattening flavors flavour flexibility flight flood floppy flower
flows focal folks food fooled footprint forcibly forest forge forged forkserver formally
formatters formula formulas forth fortunately fossil foundry frac fractions fragile fragmentation
frameworks france freely freezer freezing frequent fromfile fromlist frozenset fsencode fspath
fstack ftplib fudge fulfill fullpath funcdef functionally functioning fundamental funny fusion
fvisibility gains game gang gaps garbled gate gathering gently geometric gerhard getattribute
getchar getcontext getgrgid getgrnam gethostbyaddr gethostname getpeername getpwnam getpwuid
getsockname getstate geturl getvalue glade glossaries gname goals golden goodbye gotten governor
grabbed grabber grabbing grabs grace graceful gradients graft grafts gram grants graphic graphs
gratuitous gravity greedy greeting grey gripe grok groovy grosser growing grows growth guarded
guessed guesses guessing guests guidance guided guides guts handed handful handing hands
handshakes handy happily harmful harpoon harry hashable headroom healthy heapq heartbeat heath
heavily helo helped helping hibernate hibernation hides hierarchical hierarchies highlighted
highlights historic historically hive hoist hood horizontally hosting hundreds hung hunt hurt hush
hushed husky iadd icelandic ideally identically ignorable ignorecase ilabel illustrate illustrated
ilog imaginary imagine imaplib imbalance impacted importantly impose imposed improperly inability
inaccurate inactivity inch inclusions incompatibilities incrementing increments incubator
indefinite indefinitely indenting indents indeterminate indirection induced inefficient inequality
inferred influence informs inherently inheriting initialised initiate initiates initiator initscr
innermost inquiry insane insensitively insight insist inspected instantiating instream instruct
instrument instrumented intact integrating intelligence intend intensive intention intentional
intentionally interacting interactively intercepted interception intercepts interchange
interference interferes interfering interim interleave intermixed interned interpreters
interpreting interprets interrogate interruption intersect invalidated invalidates invalidation
investigate investigation involve iocp ipaddress iris iron irrespective isalnum isatty isdst
isfile islower isnan issubclass istart isupper italics iterables iterates iterative jansen jeem
jiffies jisx jumbo jumps junior justify jython kappa keyboards keylog keylogfile khah kids killer
kills kilobytes kitty knight knot knowing knowledge knuth kqueue labeled labs lacked lamb lambdas
lame landed landing lands lanes largely lastline latch latched latn launchers lchmod lcov lean
learning learns learnt legitimate lemburg lemon lenient lesser lexicon libexpat libname libpath
libpython licence lies lifespan lifetimes lifo lift lightweight likelihood linecache linefeed
linesep linger linkname listdir listened listens literally lives lnum localeconv localedir
localename locality localize locator lockf logarithm loggers logically logout lone longopts longs
lookahead loosen lopes loses loud lounge love lowered lstrip luck lustre macintosh magenta magics
magnitude mailcap maildir mails mainline majority makedev makedirs maksura malfunction maliciously
manages mandated mandates mangled manifests manipulated maple markings marshalling masculine
massive mats maxim maxlinelen meaningless meanings meanwhile measurements measures median megabyte
megabytes memoryview mentioning mesg metainfo metavar meter methodname microcode microsecond midi
midnight migrated migrating million millisecond mimetypes mimic mined minidom mining mirrored
misbehaved misspelled misuses mixer mixin mkfifo mkpath mnemonic mocking modeling modulename
monday monetary monitored moss motif mpeg msec mswindows multibytecodec multiples multiplied
multiprocess multithread munge mutate mutated mutating mutation mutual nagle nail naive namedtuple
namelist nans narrowing nasty national naturally navigable nchannels ndigits needless needlessly
negation negatives neighbor ness netloc netstat neutral nevertheless newname newpath newton
nextchar nibbles nicely nightly ninth nntplib nodata nodelay noescape nofile nonempty nonlocal
nonnegative nonsense nonsensical nonstop noon normcase normpath northeast northeastern notations
noticeable noticing notion ntpath numeral numerically nums obey observable obsolescent obsoletes
occasional occupied occurring octopus offending oldest omicron omission omits omitting onion
onwards opener opengroup openpty opportunity optarg optical optimizing optstring orchestration
orders ordinarily organized originated originating ornament orphaned osname ought ours outcome
outdir outlined outlook outputting overflowing overhauled overheads overlaps overloads overlong
overlooked overridable overruns oversight overwrites owners owning owns pacify padlen pagination
pain paired pander panels panes paragraphs paranoid park parsons parties partitioned partner
pasting pasv patchlevel patent patents pathological pathsep patience peculiar peeled peeling
peered penalty percentile perfectly perimeters periodically periods permissible permissive
persistence personalities pertaining peters phantom phases phone phrases physics pickled pickler
pickling picks pilcrow pinning pins piping pkgutil placate placeholders placing planning playback
playing plot plugged plumbing plurals poison poke polar polarity pole pollution polygon pooled
poorly popped popular positionals positioned posixpath possibilities posted posting postscript
pound powered powerful powers practices precede precedes predictor preempt preferable preprocess
preserving pressed pressing presumably pretend price prince principle printout prism privacy
proactor probability proceeding profiled programmable programmers projection prolog promotion
propagating proportional proprietary protector provision provisioning pruned pruning publication
publicly publishing pulling pummel pump purely purged purging pushes pycache pyexpat pyramid
pythonpath pytree qnames quantifier quantize quantum quarter quarters queried questionable quiche
quietly quopri quotient racing radial radio radius rain randomly rank rapid rates rationale ratios
rdonly reaches reaching react readily readinto readlines realistic realize realized reallocate
reap reaper rearranged reasonably rebuilding recalculate recall receipt reception recognizing
recompile reconfigure recoverable recovered recovering recreated recreating recursing recvfrom
redefining redirecting redraw reductions redundancy reflecting reflective reformatted reformatting
refreshing regard regarded regards regen regeneration regents regexes registries regressed rehash
reindent reinitialize rejecting relating relational relations relationships relaxed relay
reliability reloaded reloading remained remarks remembers remnant remnants remotely renders renew
reorganization repaired repetitive rephrase replicate replicated representable reproduced reqs
reread reside resident resides resilience resilient resistant resolutions resort respected
respects responds restarting restarts restricting restrictive restricts restructuring resumes
resurrect retaining retains retire retried reuseaddr reuseport reuses revamped reveal revealed
reviewers reviewing revisit revs rewind rewrites rindex rings risks rmtree robots rock rolled
rolling rollover rose rossum rotated rough roughly rowspan royalty rudimentary runners runpy
runtest sack safeguard sake sale samefile satisfies savage savings scales scans scatter scene
scissors scoping scowl scripted scripting scrolled seal sealing seals seat secrecy sectors seeded
seeding seeds seeking sees seize selectable selections selective selectively semaphores semicolons
sendfds sendto sensitivity sensor sentences sentinels separating separation sequentially served
serviceable setdefault setitem setmode setsid setstate setters settimeout settled setxattr seventh
severe shadows shaped shareable sheen sheet shelf shields shifts shim shin ships shlex shortened
shortest shortly showed shred shrinking shutting siblings sides sieve sigh sigkill sigmask
signaled signalled signifies signum sigpending silences silicon similarity simplest simplicity
simplifying simulated simulating simulator simultaneous sine singly sinks sixteen sixth sizing
sjoerd skew slack slant slices slicing sliding sloppy slowly slurp smack smarter smtplib smuggling
snap snatch snooze soaking socketserver socktype solar solely solutions solved solves solving
somebody song sooner sophisticated sounds sourced southeast spanning spans spare spawns speaker
speaking specialization specialize specifics speech spelled spellings spend spider spill splat
splint splitlines spokes sponsored spotting spring squares squaring squeeze stab stacked
stacklevel staged stall stand standardized standby staple stapled startpos stashed staticmethod
stating station statistic statuses statvfs stays stdcall stealing steering stereo stick stock
story straightforward strclass streamed streamer strike strips stronger strptime struck structural
stutter stylistic subclassed subjects subname subnormal subordinate subpattern subprocesses
subscribed subscripts subsets substantially substituting substrings subtraction subtypes suffer
suffice suffices suffixed sugar suggesting suit summaries summarize summer sums sunday sunk sunos
sunshine superficial supers supplement supplier supplies suppressing surfaces surprises surprising
surrogateescape surround surrounded survive suspect suspending suspension suspicious swallow
swallowed swaps swing symbolize symtable synch syntactic syntactically synthesize synthesized
sysconfigdata tablet tabsize tagging tagname tailor tainted taints tally tampering tandem tang
tangent tape tars tcsetattr teapot technically techniques technologies technology telegraph
telling telnet temperature tenant tend tentative terminators territory terse testable testfile
testname textwrap themes theoretical thereof thinking thinks thirty thorn thoroughly threw
throttle throttling thursday ticks tight tightly tiled till timeit timezones tolerance tolerant
tolerated tolower tooling topmost torn torture totally totals touched touches touching tout
tracebacks traced tracemalloc tracks trade trademark traditionally trail train trampoline
transferable transformer transforming transit transitive translucent transparency transparently
transpose trapezoids trapped traversable traverses traversing tray trial tricks tricky trimmed
trimming trio triplet trivially troubles truly truncates truth tube tuned tuner tunneling twenty
typecode typeid typename typographical tzname tzset ultimate ultra unaffected unassigned unaware
unblock unborn unbuffered unclear unclosed uncommon unconnected undefine undesirable undetected
unescaped unfortunate unhealthy unhelpful unicodedata unification uniformly unintended
unintentional unintentionally uninteresting uniquely uniqueness universe unlinked unlocking unmask
unofficial unordered unparsed unpickling unpredictable unprotected unqualified unregistered
unsorted unstructured unsubscribe unsuccessful untagged unterminated untouched unverifiable
unwrapped unwrapping upward urgent urlencoded urlparse usec usefulness userinfo ushort utilizes
utilizing utimensat vagrant validates vals valuable variance varies varying vaults vendors verbs
viewed viewing violated violates violations virtually visitor visuals voltage vxworks waitall
wanting ward warned warp warsaw waste wasted watermark wave wbits weaken weaver webbrowser weekly
weeks weights western wextra whatsoever wherever whichever whilst whine whoops widen willing wince
wind winreg wins wishes wishing woken wolf wonder wont wood workbench worm worry wstrict xinclude
yank yarn yellow yesterday yielded yielding yoga zeta zipimport zombie zombies zoom ~14 aacute
abcde abiflags abilities abnormally abrupt abstracted abstracts abused accelerate accented
accompanied accomplice accomplish accounted accum accumulating achieves achieving acknowledged
acknowledgement acknowledgment acknowledgments acquires acronyms acted actor actors adaptation
adapting addend addendum addrspec adequate adequately adherence adjustable administer admission
admittedly admonition adoption advancing advantageous advent advertisements advisable advisories
affiliation affix aforementioned afterward agency ages aging agrave agreed agrees aimed aiming
aims aisle aiter akin alarms alas alaw alen alien aligning alignments allowances alphabets
alternately alternating alternation alters ambassador ambassadors ambig amended amending amends
amongst amplification analogy analyses analyzes anext angled angles animal animated annex
annotating announcements annual anomaly answered answering anticipate anticipated anticipation
anybody anyhow aperture appease apples appliances applicability appname appreciated approvals
aptitude arbiter architectural archiver archiving arflags arguably arias aring arises armed armors
armory arms arranged arrangement arrangements arranges arrival arriving artificially asdict aspire
aspx assemblers assembling asserted asserting assistance assistant asterisks asyncgen asynchat
atilde atlas attlist attrgetter attrname audible audiences authenticating authenticity authinfo
authorizations authorship automates automaton averages avoidance awaitable awaits awareness
awesome awful ayin babe babyl backs backslashreplace badger badges bailed bailing baker bands
banks banned barely baron barred barree basedir basestring bass batched batching bazaar bcde bead
bear beat beautify beer begun behaving behavioral belatedly believes bend bender beneath
beneficial bent beside betterment biased biggest binomial birth bisecting bishop bizarre
blacklisting blamed blanked blanking bleeding blinker blinking blurt bomb bonus bookkeeping
booting born borrow botched bottleneck bowling bpath bracketing brain brains bray bread breadth
breakable brevity brew brine brittle broad broadcasts brook brooks brush brute bstring btags
bubbles buck buddy buildbot buildbots bumps burden burning butt byelorussian byes bytestring
byteswap cable cabs caddy calculator calibrated callables callees calm camera canary canceling
candies canned canonic canonname capa capacities cape capitalized capitals capped capsule captures
careless cargo carpenter cascaded cascading castle catalogue catalogues categorize categorized
cater cautious ccompiler cdecl cdiff cede centralized cgihttp cgitb champion changeable chaos chap
chapters characteristic charger charname charref charrefs chart charter charts chasing chatty
cheaper cheat checkable chew chicken chile chill chksum chokes chronological chuck church circles
circuiting circulate circumstance circumvent citation citations claiming clamping clan clarifies
clashing classed classical classified cleanse clen clicked clicking clicks clips clockwise closefd
cluck clue clumsy cluttering cmdclass cmdlist coalesced cocoa coerces coincide colgroup
collaboration collaborative collapsing collectively collectors collide colliding colwidth comb
comet comfortable communications compensated compensation complained complementary compounds
comprehension comprehensions compromised computers concatenates concatenating concatenations
conceptually concludes concluding conclusion concord condense conducted conference confident
confidentiality confine confirmations confirms confstr congestion congruent conical consequent
considerable consoles consolidated constantly constituent constitute constrains consulting
contacting contest contextvars continent continually contour contours contractions contradictory
controllable controversial conveniently converse convertible conveyed convinced cookiejar cooking
cooling coops coord coordinated coordination copes copyreg copyrighted copytree corked corners
correlate correspondence correspondingly corruptions corrupts countless coupled covariance craft
crap crate crazy crippled criterion croaks cropped crossed crucial crude cruncher cryptic crystal
csisolatin cubic cuisine cull culprits cumbersome cumming cure curious currencies curved customary
customers customs cutest cuts cutting cycling cylindrical daemonic damma dance dapper darling dart
deaf dealt decade decadent decades decay decent decimals decline decltype decomp decomposed
decompressobj decorative decreases decref decremented dedications deduced deduction deed deemed
deepen deeper deepest deepfreeze defaultdict defend deference defers deficiencies definitive
deflating defn defpath degrade degraded delattr delaying delegates deliberate delimiting delims
delivering delivers demanding demands demonstration denom denoted denoting dense department
dependant dependents deprecates deprecating derives designate designing desire desk detachable
detaches detailing detectable detective determinism deviate deviations devmajor devminor devpoll
dfile dhave diacritical diagnoses diagnosing diagrams dice dictates diet differed differential
difficulties difficulty digested dine director directs dirfile dirnames disadvantage disagree
disallowing disappearance disappearing disappears disaster disclaim disclaims disconnecting
disconnects discourage discovers discrepancies discrete discusses discussing dish dismiss
dismissed disown dispatches displayname disposal disregard disruption dissociate distances distant
distinctions distinguishes distinguishing distortion distracting distributes disturb disturbing
dither dithering diverged diverges diverse diverted diverting divides divisions divisors django
dllwrap dock doctests doctor dodge dominance dominated dominating donated downgraded downgrades
downgrading downhill downward dozen dozens drafts dragging dragonfly drains dramatically
drastically drawback dream drift dubiously duck dunno duped dupes durable duty dzhe eacute
eaddrnotavail eagerly earliest eases easiest eastern eating eavesdropping echoed echos editorial
efad effectiveness efforts egrave elapses electronic elementtree elevate eleven eleventh ellipses
elts embeds emir employee emptied empties emptiness emptying emulates emulating encodable endorsed
endorsements enhancing enlistment enormous enotconn enotsup enrolled ensured entails entirety
entrant entrust enumerating enveloped environmental envoy epochs equation equations equilateral
equipment equipped equivalence equivalently erased erases erasure ergo errant errnos errormsg
errtext essence establishment estimates etch ethnic evalue evenly eventlog everybody evicted
eviction evidence evolve evolved examination excel exceptionally excepts excerpt exchanged
exchanges execfile exempted exemption exercised exercising exhaust exhausting exhibit exitfunc
expander expandtabs expanduser expedited experienced expiring explode exploded exploits
exploration exploring explosion exponentially exposures expressing expunge extant externals extn
exuberant eyeballing eyeballs eyes fabric fabs faced facilitates factoring facts fade failfast
fairness faithful fallout falsely fang fatally fatha fdict feasible featured feedparser feels fell
felt feminine fences fiddling fieldname fieldnames fifteen fifty filecmp filepos filesize film
films finalizing finders fingers fires firstly fisher fishy fission fixable flaglist flake flawed
flaws fleets flesh flicker flipped flipping flips flist flooding floss fluff focused fogey fool
foot footnotes forbids forcefully fore forgets forging formation formatstring forming fort
forthcoming fortification forty forwarder foster foundries fpath fpin fqname fragmented framesize
framing freedom freezable freezes frequencies freshen freshly friend friendlier fromtimestamp
fromutc frost fsdecode fsize fstring fuller fundamentally fused fuzzed fwalk fwrapv galaxy games
garden gasp gathered gathers gauge gauss gear gender gene generalization generations genericpath
generous getaddr getdoc getfd getfile getframe getlines getloadavg getname getnewargs getnode
getpos getpreferredencoding getrandbits ghain ghost giant gigantic gimel gist glacier glass glen
globalns gmtoff gnats gnutype gopher gotos governed grade gradually graduate graduated grail grain
grams grand grandchild granting greatest greetings grew grin grind ground grown grub gtype
guarding guesswork guild gztar habit hacked hacker hair hairy halfway hall halves hammer handbook
happier hardened hardly harm harmony hart hashcode hassle hatch hate hazard hazards hazel headline
headphone heaps hear heard heart hearts heimes heirloom hell hellos heterogeneous hettinger
hexdigest hexdigits hicks hieroglyphic hijacking hill hills hinge hinged hinted hires histories
hkey hlist homes honoring hooked hoped hoping hops horrible horribly horse hostile hostport hourly
hover huff hull humanity humanize humans hummingbird hump hunger hunter hunting hydrogen hyphenate
hyphenated hypothetical iacute iand identifiable idiomatic idioms idling ifconfig ifdir ifilter
ifmt ifreg iglob igrave illegally illustration immune impacting impacts imperative imperial
impersonation implib implication implying importable importance importers imposes impractical
imprecise impression imul inaccuracies inaccuracy inadequate inadvertent inapplicable incidental
incidentally incl incompatibly inconvenient incorporates incorporating incorporation increasingly
incref incur indentations independence india indications individuals industrial ineffective
inefficiency inert infinitely infinities infix inflated inflation influenced influences informed
informing infrequent inherent inhibited inhibits inited initiating initiative initiatives
injecting innocuous inout inquiring insensitivity insignificant insists inspects instancing
instantaneous institute instructed instrumental instruments insufficiently insure integrates
intelligent intending intends intensity intercepting interchanged interests interfacing
intermediary interning interpolated interpose interpretations interrupting intersected
intersecting intersections intersects interspersed intervening intervention intrepid introductory
intrusive intuitive invalidating invent invented inventories inverting investigated investigating
invocant involuntary irregular irreversible iscoroutinefunction isfinite isinteger islands islice
islnk isreg istep istop isysroot italicize itemize iterated iteritems iterkeys itoken ixusr jargon
johab joinable journals judge judgment jumped jumping junction justified kasra keeper keyparam
keystone keystroke kicked kilobyte kinda kindly kiss knew knife knob knobs knoll konqueror kwarg
labeling labelled laboratories ladder laid lakes lamda lamp landmark landscape lasti lateral
laughs launches layered ldshared leaky leases leftmost legend legible legitimately lengthy
leniency leopard leverage lexicographically lexpat lflag lfoo libdirs libfile libmpdec libpaths
lifted lighter likes limbo lineage linearly linebreak linebuffer lined linenos linenum liner
lingering linkpath lion living llist lname localname locker logb longlink longname longopt looped
loosely lopener lord lore lowercased lowering lozenge lpar lsprof lucid lucky lunar lundh lying
machined madda madness magical magically mailboxes mailhost mailman mainloop mainstream
maintainability makesetup maketrans male manageable manifested manipulates manipulations
marginally margins marshaling masquerade mass massively masters materialize materializing
mathematically matrices mature maximize maxint maxsplit maxvalue meantime measurable meat
mediation mediatype meets meow mere meshes messed messing messy metaclasses meteor mice microphone
mileage miles milestones mill mille millimeters millions mimics mine mines minimally minimizing
mint misbehave misbehaving misbehavior misinterpreted mismatching misprint misread misspelling
misspellings mistaken misused mitigated mitigates mitigating mixins mixture mnemonics mobile
modeled moderate moderation modernized modest modulefinder moments monk monochrome monolithic
monomorphic monotonically montanaro monthly moon morsel mortal mortem motivation motley mountain
mouth movie msie msvccompiler mtimes mtype muck multicall multicolumn multiplexed multiplications
multiplicative multiplies multiplying muse mush music mustang mutability mutt mysterious
mysteriously naked nameless narrowed narrower natives navigate ncalls ndiff nearby needle negates
negatively neglected negligence negligible negotiating nets newfile newobj newsletter newt newurl
newvalue newwin nfinished nickname night ninety noble nodot nologo nominal nomination nonascii
nonetheless nontrivial noprefix normalizing northern nose noticeably notifies notifying notset
noun nowhere nparams npgettext nsems ntilde nuisance nullify numbytes numerals numerics oacute
oasis obeys objections obscured observation observers observes observing obtains occasions
occupies occupy oddities oddly offering office officer offs ograve omen omissions onclick onward
opal oparg opera operated opinion opname opted optim optimistic optimizes optimum optionlist
optname optparse optval orange oranges orelse organizational organize orient originate originates
origname ornaments orthogonal osfhandle oslash ossaudiodev otilde outcomes outermost outf outfiles
outfp outlines outputted outqueue outright outs oval overcome overflowed overkill overlays
overpass overrunning pacing packager packer paged painful painted painting pairing palm panics
panning papers parade parallels paranoia parenthesize parseaddr parsedate parseline participate
particle particles partitioning partnership pasted patcomp patented pathext pathlen pauses pausing
pavilion paying pays peername pegen pend penguin pepper peps percentages performances periodical
peripheral perky permitting permutation permutations persisted persistently persists personally
perspective pertinent perturb pessimistic peterson pgettext phased phoenix photos phrasing
physically pickles pickletools picky pictures pike pile pine pioneer pirate pitfalls pitrou pivot
pkgname planar planet platlib platlibdir plausible player plays pledge plen plenty pluck plumb
pname poisoning police polished polite polled polls pollute polluting polo polygons polynomials
pond ponder pooling popping pops populates populating porters pose posixshmem posixsubprocess
possessive postal postpone postponed posts postures potato powering practically pram precall
precaution precautionary precious precondition predecessor predecessors predicated predicted
predictions preempted preexec preexisting preface preferably preferring prelude premium
preparations preparatory prepares presenting presently presents preservation presses presto
presume presumed pretending prettier previews prim printables printouts privately privatized
probable probed procedural proceedings proceeds producers profits progression prohibits prom
prominent promised promotes promoting pronoun pronounce pronouns proofing propagates proposals
propose proposes proposing prose protecting protections protects provably proved proven
provisional provisions provoke provokes provoking proximity pstats ptext pubid publications
publicity publishes puff pulldom pulse punch punct punning punt purify purple pyconfig pygram pyio
pypirc pythonw pyvenv pyversion qsize quadrant quadruple qualification qualifying quantities
quantity quarantine quark quash queen queens quicker quieted quieter quinlan quits quitting
quoprimime quotients raddr radians ragged railroad randrange ranging rapidly rapids raspberry
raster rationalize rationals raven reaction readall readiness readmodule reallocated reallocating
realms realname reals reaping rearrangement rearranges rearranging reasoning rebind rebinding
rebuilds receivers reciprocal reclaimed reclamation recommending recompiled recompiling reconcile
reconfigured reconnecting reconstruct reconstructed reconstruction recovers recreation rectangular
rectify recurrence recurring recycle recycled recycling redefines redesign redistributed
redistribution redone redundancies referer refill refined refinement refinements refleak refrain
refreshes refusing regain regenerating regent regularly reinstated rejoin relate relaxation
relaying relevance reliance reliant reloads relpath remade remainders remake remedy remembered
remembering remind reminder removable renewable renewal reopened repairs reparse repetitions
replicating replying reportedly representative reprint reprlib reproduces reproducing republic
requisite requisites reraise rescale rescheduling rescue researching resemble resembles resent
reserves reserving resh residual residue resistance respecting responded responding responsive
restoration restructured resultant resurrected retcode retrievals reveals reverses reversible
reversing reversion reviewer revisited revive revived revoking revolution rfile rfind rhapsody
rice ridge ridiculous ridiculously rightmost rigorous ripped rise risky rlock rmul road roam
robotparser robuster rogue rooted rotating rotations routed rpartition rpow rset rtype rubric ruff
ruler runaway rushing rusty sadly safari safest sage saint sajip sales salts salutation samekh
sampled sand sandy saner sari satisfying saturation saxutils scaffolding scanners scary scattered
scattering sciences scientific scissor scores scoring scratches scream screw screwed scriptfile
scriptname scrolls seats secondly securely seeks seemed seemingly segmented seldom semantically
semiconductor sendall sensibly separates seps sequencing sergeant seriously serviced setblocking
setcontext setpipe setpos setprofile setquota settle settrace seventy shadda shaded shading shaft
sharer shave shcha shelve shield shop shortcomings shortening shorts shrinks shrunk shuffled
shuffling shuts sideways sierra sighandler signalling significance signify sigwait silenced
silencing silver simpledialog simplistic simulates sinfo singledispatch sinking sitting sixty
sketch skewed skill slanted slated slaves sleeps sleepy slen sliced slim slink slip slowest
slowness slows smash smashing smiling smoother smoothing smtputf smudge snake sneak sniff snip
snooping snoozes snowball soak social society socketmodule sodium solo someday sometime sought
soup sourcefile sourceless sourcing southern spaced spatial speak speakers speaks specializations
specials spectrum sped speeding spew spherical spilling spinning spirit spite splash splitdrive
splithost splitter splituser spoken spoof spoofing sporadic sport spos spots spreading spreadsheet
squashed squashing squatting squelched sslproto stabilize stacking staff stag stalled stalls
stamped standardization stanzas starred starter startline startx statistical steam stems sterling
steward stewards sticking stitched stor storm strangely straps strategic strcoll streamlined
street strengthen stretched strictness stringent stringprep stripe strode stud student study stump
stype subclasscheck subgroup submits subordinates subp subparsers subpart subparts subpatterns
subscr subscripted substitutes subtly subtracted subtracting succeeding successes successively
successor suck suffers suicide suitability suitably suited summarized summarizing summation summit
sunau sundry sung superior supersede supersedes superseding supervision supposedly surge surname
surplus surprise surprised surprisingly surrogatepass survey survivor susceptible suspends swab
sweep sweet swift switcher syllables symmetry symptom symptoms synchronizes synchronizing
synonymous synopses synthesizing sysid systematic systematically tablets tactic tailed tailing
tailored tails takeover talks tall tamper tampered taskqueue tcgetattr tearing telephone telnetlib
tempfiles temporaries tends tens tense tenth terribly testcapi testdir testers testinternalcapi
testmod texture thal thaw theh theirs theoretic theoretically thereafter therein thick thickness
thorough thresh throttled thunder tickle tidied tidying tiers ties tightened tightening tighter
tiles tiling tilt timeless timely ting titlecase titled toast tokenization toks tolerates tong
tons topdown tortious tortoise towel tpflags trainer traits tramp trampolines transact transcribe
transcript transitioned transitioning transliteration transmits transmitting trapezoid trapping
trashcan travel traversed trials triangles triangular tricked trickery trims triples triplets
triplicated tripped troublesome trousers trump trusting trusts tsadi tstate ttext ttype tunneled
turkey turtles tutorials tuxedo tweaking twelfth twelve twiddle twiddling twin twisted twitter
twos tying typeface typeset typesetting typographic tzfile tzpath uacute ucrt ugrave ulaw
ulonglong unacceptable unaltered unambiguously unavoidable unblocked unclean unconsumed uncovered
undecodable undergo underlined underlines underneath understandable undid undoes undoing undone
unencoded unequal unhappy unhashable unicorn unifies uniformity unimportant united unity
universally unknowns unlocks unmarshalling unmasking unnoticed unpatch unpickler unprintable
unraisable unread unreasonable unreasonably unrestricted unsatisfied unseen unsolicited unsuitable
unsure untangle untie unwarranted unwilling unwritten upstart urban urlencode urlopen urlsplit
useable usefully useragent utcoffset uuencode vague vanguard vanilla vararg varnames vast vastly
vcvarsall vender verdict verse versionpredicate vertically vertices vessel vestiges vformat viable
vicar victim videos viewers vinay violate violating virgin visiting visitors visualize visually
vivid vmin vocal voice voiced voluntary volunteers vote vrfy vstring waited waking walked walks
warehouse warm warmup warren warrior wasteful wastes wasting watches watchman watt wdate weaker
weakly weakness weakrefs weather weighted weirdness wfile whats whereabouts wholesale widening
widespread wifstopped windowing winerror winfo winner wintypes winver wiped wipes wiping wired
withdraw withdrawn withstand wnohang woods woody wordchars wordings workings worrying worthwhile
wright writelines writestr wronly wstring xbar xform xlate xmlreader xmlrpclib xover xrange
xreadlines xrefs xscale xtext xxlimited xxsubinterpreters xxtestfuzz yacute yelp yeru yours zain
zayin zebra zeropad zigzag zipimporter zipinfo zipped zips zoomed ~15 abandoning abbreviating
abide abolish absorbed abstracting absurdly abusing abusive academic accidents accommodates
accommodating accompanies accompany accord accordion accumulates accumulation aced aces ache
acknowledges aclose acquirer acquisitions adapts addinfo adheres adhering adjective administered
admit admonitions adopting adopts adpcm adrift adventurous adverse advises advising aerial
aesthetic afar affiliated affiliates affinities afford afraid afresh ageing agenda aggravated
aggregates aggregating agreeing aide aids airplane alarming alerted alerting algebra algebraic
alleged allegedly alleviate allied ally alteration alterations altinstall alto altos amazing
ambiguously ambivalent amendment amendments amoeba ampere ampersands amplifiers anal anarchism
anchoring anew angel angry angular animate animations annotates announces announcing annoyance
annoyed annoys anomalies anonymously antenna antique apex apologize apop apostrophes appearances
appendices appreciate apprentice approaching approves approving approximated approximations
arbitration argcount arguable argue argumentative armadillo arming army arose arranging arrivals
artefact artefacts artist arts ascend assembled assembles assess assessment assimilation assists
assortment assurance assures asteroids astimezone astrological asymmetry athrow attacked attend
attendant attesting attributing auction audited augmenting augments authoring authorizes
authorizing automating avid avoidable awake awakened awry baby backbone backgrounds backhand bacon
bade badness baggage bags bails baked baking ballot balls bamboos banana banded banners bannister
bark barns barring basing bask bath batteries beacons beam bearers bearings beats beautiful beauty
beaver bees beet beetles beginners beginnings beige belief believing belonged belt biases
bibliography bills bins bird birthday bisected bite bitmime bitter blacklists blade blanket
blaster blaze blending blends blessing blew blizzard bloc blogging blogs blowing blown blows
blueprint blues blunder blur blurred boar boiler bolt bombs boos boosted boosting borrowing
borrows botch bothered bothering bottle bottlenecks bouncing bounty boxer braced branched branding
bras brat brave bravo breakdown breakfast breath bred breed brick bridging broadcasting broader
broadest broadly browning browsed budgets buffs bulge bulldozer bulletin bullets bullying buried
burrows bursts bury bust busted bustle butler cabbage cabbed cables cage calculus calendars
cameras camp cancellations candy cane cannon canvases canyon capitalizing captain captions caramel
cared carelessly caring carnivorous carol cart carve castings casual casually catastrophic
cautiously cave ccedil ccshared cease ceased ceases celebrating centers centralizing centrally
certainty certified certify cfiles chair challenged challenges charged charges charging charm
charmed chassis chatter cheapest cheese cheeses chemical cherish chest chestnut chief choked
choking chopped chopping chords chorus chronologically chunky circa circuited circuits
circumference cited cities citing citrus civil clam clap classifications classifies classifying
classing classmethods claw clay clearance clearcache clef cleverer cleverly cliff climbing club
clubs clues clustered clustering cluttered cmode cnonce coat cobalt coercing coexist coexistence
coherence coincidence coincidentally coincides collapsible collided combs comedies comedy comfort
commerce commercially communicated communicates commutative companies comparatively compatibles
compensates compete competing competition complemented complicate complicates complication
complications composites compounded comprehensible comprehensively comprise comprised comprises
compulsory computational concave conceal concealed conceivable conceivably conceptual concisely
conclude concluded conclusions conditioned confers confined confirming congratulations conjugate
conquer conscious consents conserve consisted consolidates consolidating consolidation consults
consumable contacted contemporary contentions contingent contraction contracts contradict
contradicting contradiction contradicts contrasting contrived convergence conversations convertor
convex conveys convince convincing convoluted cooperate cooperation coordinating coordinator
copier coping copper copystat cord cording cornea corporate cotton counteract counterclockwise
county coupling cousins cove cows coyote crack cracking crafting crank crates crawl crawled
creations creative creators credited crediting crept crescents crime crocus cropping crosses crush
ctext cuddle cues culled culprit cumulate curdle curry cute cylinder cylinders cypress daft
daggers dalet dammatan damn dancer dangers dangle dare darkly darn dating daytime dbuf dconfig
deadlines deadlocking declined deco decodestring decorating deduct deems deepening deer defaces
defeat defeating defeats defective defender defends defenses deficient deficit definable
degenerates degrades dele delegations delimits deliveries demanded demoted demoting denominators
densely dent dentistry denying departure descendent descends deserve designating designers designs
desires destined detectors determinable detrimental developments deviates devise devoted dial
dialogue diameter diamonds dictate dictated differentiated differentiating diffusion digging
digitally dimmed dircmp dire disagreement disagrees disarm disastrous discern discernible
disciplines disclaimed disclosures discontinue discontinued discord discounted discourse
discretion discretionary discriminated dishes disingenuous dismantle disorder disparity
displacements displaypath disproportionate disregarding disrespect disrupt disrupting dissection
dissimilarity distiller distinguishable distort distorted distributor distrusts disturbed ditch
diverge diverging docked dolphin dominant dominates domination donation donations doodle doors
dormant doublequote dove downcast downing dragged dramatic drastic drawbacks dreams dress drill
drink driving drum duet duff duke dummies dupe durability dust dusty duties dwarves dynamical
eagle ears easing eaten eats ebbed echoes econnaborted editions educational effected effecting
eighteen eighths eighty elaboration elapse elder elected electric electronics electrons elegant
elemental elementary elen elephant elevator elicit elinks ellipse emailed emailing embargo
embargoed embarrassing emblem emblems embossed embryo emerald emerge emergent emerging emissions
empathy emphasized empirical employees employer employing employs emulations encapsulating
encloses enclosure encourages encouraging endlessly endorsement engage engaged enjoy enlarged
enlarging enlightenment enlist enrich enrollment enrollments ensembles enslave ensue enterprises
entrance enumerates enveloping envy epic equalize equator eradicate erasing erratic escalate
esoteric estimating eternal eternity evacuation evaluations evening evicting evident evidently
evoke evokes exam excepting exciting excuse excuses exemplary exemptions exhausts exhibited
exhibits exitstatus expandable expatbuilder expendable experiencing experimentally experimentation
experimenting experts exploding exploiting exposition expresses expressive expressly extinct
extrapolating eyebrows eyelash fabricated fabrics factorization factual faint faithfully fakes
faking falcon fallen fallible famous fancier fans farm farmer fashioned fasts fatality fate
fathatan faulted faulting favored fcolor feather feathered featuring federal feeder feeling female
fenced fencing fickle fiddle fidelity fifteenth fifths fight figured fileattr filedialog filetime
filing finalizes finance financial finch finditer fingerprinting firework firing firmly fitting
fizzle flagging flakes flapjack flashing flask flattens flawlessly fledged flexibly flickering
flies flooded floored floppies flops flourish flowed fluid flurry flusher flux flying focusing
fodder folds foods footprints forbidding forcible ford foreseeable forgery forgetting forgiving
forgo formalize formals formatdate formulae formulating formulation forte fortified fortune forums
founded fourteen fourteenth fractal framed franks freer freshest freshness friendliness
frightening fromfd fromisoformat frugal fruit fruitless fuel fulfil fulfilling fulfils fullmatch
fullness fundamentals furthest fuses futile gadgets gaining gale gaming gash gated gates gating
generality generalizations generalizes generalizing genre gentle genuine genuinely geographical
geography getcaps getdefaultlocale getfinalpathname getfullargspec getheader getlocale getparams
getpeercert getset getsize getuser ghunna giddy gift gimme gingerbread giraffe glad glance gleaned
glide glimpse glint globalnames glory gnus gobble goldfish goldsmith gonna goodies goodness goods
goof goofy goose gory govern governing government governors governs grafted grafting grammars
grandfathered grandparent granular grasp grass grater gratitude gratuitously graves gravy grease
greens greet gremlin gripes grips gross grounds groupings guaranteeing guardian guideline guiding
guinea guys gymnastics hackers halls halo halos halted halting halts hangers hardy hare harmonic
harmonizes harsh harvest hashopenssl haves haystack hazardous headache headerlen hearing
heartbeats heed heel heights helpfully herein hero heros hexagon hijack hijacked hilarity hinds
hired hockey hogging hoisted hoisting holiday homogeneous honest honk hooking hoops hopes hopper
horizon horrendous howl hrefs hugging humidity hungry hurdle hurts hygiene hygienic hypotheses
iceland identchars idents idiot idles ignorance ihave illogical illusion illustrating
illustrations illustrative imagination imaging imitate imitating imitation imminent immortal
impedance impending imperfect impersonated impish implausible implementer implicate imposing
impossibility imposter improvise impure incantation incapable incarnation inception inches
incident incomprehensible inconsequential inconvenience incredibly incubating incurred incurring
incurs indicative indigo indispensable indistinguishable induce induces inducing induction
industry inefficiencies inefficiently ineligible inevitably infallible infamous infd inferring
infers infinitive inflating inflexible informal informally infrequently infringement ingest
ingested inhibiting initials initiation injects inked inks innards innocent inputting inquired
inquiries insanely insanity insisted insisting insofar insort inspiration instability instantly
instants instructive instrumenting insular insulate insures intelligently intents interacted
interchangeable interdependent interestingly interfaced interfered intermingled intermittently
interruptions interview intimate invariably invention inversely inverses inverts investigations
invite invited iobase ions irate ironically irrational irrefutable irregularities irrevocable
irritating isblk isfifo isolates isolating issock italicized itemgetter itermonthdates
itermonthdays izip jacks jaguar jail joint judged judgement juggernaut junctions jurisdiction
justifications kasratan keen keystrokes kicking kicks killers kilo kingdom kitchen kits knock
labelling laboratory laborious lamed lantern lappend laser lasting lastly lastpos lasts latches
latching latent latitude lattice layering laying lcrypto leach leaders leafs leaner leaping leased
legally legged legibility legibly legion legs lend lengthen lens lessen lesson lest leveled
leverages leveraging lexicons liberal liberally liberation liberty librarian licenced licences
lifting lighted lightly lightning lights liking lily lime liners linguist linguistic linkto lips
literate litter littered lnotab lobster localizing locates logarithmic logdir lonesome longitude
loophole loosened loosening loosing loot losses lotus loudly lowercasing lowers luckily lurking
lynch machdep macho mads magnet magnum maiden mailed mains maintainable malign mall mandate
mandating mangles manifesting manufacturers marbuta mares marginal maria marigold marketing
marketplace markupbase mars marshaled marshalled marshaller mash mason masquerading massage mate
materials mathematics mattes matured maturity maxfd maxima maximized maximizing maxval maxx maxy
maybes mechanical mechanically mechanics mediated medical meetings memories mend mentor merchant
mercury merger meridian merit mermaid merry meshing messes metaphor metered metering meters
methodology metro mild mildly milestone military mills mimes mimicking minded minimalist minimizes
miniscule minority minors misbehaves miscellany misdirected misguided misinterpret
misinterpretation misinterpreting misinterprets mislead misnomer misrepresented mission misspelt
mistaking misty mistype misunderstanding misunderstood misusing mixes mname moan moat mobility
modelled moderately modernization modestly mold mole molten money monogram monopolizing monster
mood moose moot moral morning motivated movable moveable movements mulaw multiplicity multiset
multitude murmur muscle mushroom mutates mutations mutter mystery mystifying narrowly naughty
navigating navigator nearing neat neater neatly necessitated necessitating necessity negating
negations neglect negotiable negotiations negotiator neighboring neighbors nervous nests netname
nettles networked neuter neutron newcomers newgroups newnews newtrue nextfile nibble niche
nicknames nifty nightmare nineteen nobleman noisily nomenclature nominally nominate nominated
nominations nominee nonmultipart nonnumeric nosy notched notional notwithstanding nouns nova novel
novice ntuple nuclear numerate numerators obeyed obeying objection obligations obscures obscuring
observance observatory obsolescence obsoleting occasion occupancy occupying oddity odds odia
offender offsetting olden olive ominous openflags openings opinions opportunities opposing
opposition optik opting opus orbital orderly ordinals orientations originals originator ornamented
orphans ouml outfd outlive outsider overdue overestimate overestimated overestimates overlaid
overlook overrule overruled overrules oversampling overshoot overuse overwhelm overwhelming owing
pacifies paid pail painfully pains paints pale palettes panda pang panther paradigm paradise
paralleling parental parenthetical parrot pars parted partials participant participants
participating participation partners passage pastor pathology pathways patient patio pats
patterned pawn pcolor pdir peace peach peaks peculiarities peculiarity peeked peeking peep pelt
penalize penalties penny peppermint perceived percents perceptible perches percolator
perpendicular perpetual persisting pertain pertains pervasive pesky phasing phenomenon philosopher
philosophers philosophical philosophy phones phonetic photographic phrased pickier picklable
pickup piecemeal pierce piers pies pilot pinpoint pinpointing pitfall pitiful pizza plagued
plainer plainly plant plasma plastics plate platinclude played plethora plots plugging plugs
plurality pneumatic pocket poetry pointlessly poisoned poking polishing politely political
polluted popularity porch posed poses possess possibles postmaster postponing potatoes pour
pragmatic prattle precautions precedent precipitation preclude precursor preen premise premises
preposition prescribed prescribes presentations presumes presuming pretended pretends prevail
prevailing prevalent previewed pricing pried primaries primed primer priming princes principally
principles privates privatization probabilistic probabilities procurement productive productivity
profanity profit profitable progeny programmed progresses progressing progressively prohibiting
projecting projections prolong prominently promising promptly pronounced proofread proofs
proportion proportionally protective proton provenance proves province provinces proving prudent
prunes psize puma pumpkin punching puncturing punned puppet purchase purchased purgatory purges
purity purported pursuit pusher pushy putter putters puzzle pybuilddir pycs pythonhome pythons
qualities quanta quantify quarantined quell quickest quill quirky quotations raced radar radically
rage rainbow raisin rambler ramp ramps randbytes randint rang ranged ranger ranked ranks rating
ratings rawsock rays razor reacting reactor reacts readings realhost realistically realizes
realizing reallocates reaped reappear rearrangements reassure rebound recalled receptive
reclaiming reclaims recognizable reconciliation reconnected reconnects reconsider reconstructing
recordings recount recreates recurs redesigned redid redistributing redoing reducer refilling
reform reformation reformed refusal regaining regenerates regime regressing rehashing rein relaxes
relaxing relayed relays relic relief relinquish relinquished relocating remaking reminded
rendezvous rendition renewed reopening reopens repairing repeater repertoire replicates replied
reprinted reproduction reprs repudiation rereading rescheduled rescind resembling reshuffle
residing resign resist resorting responsibilities restful restval resubmit resurrecting
resurrection retrace retract retracted retreat retype revealing reversal revising revisiting
revokes ribbon richcmp richer ricochet riddle ride riff rightfully rightshift rigid rigorously
rind ripe rises rising river rmod roach roast rocker rocket rocks rocky roller romp rook roster
rotates rotor rout routinely royal rude ruder ruled ruling rumble rune rush sacrifice salon salted
salter salting sampler sandals sang sanitation sapphire sash satellite satisfaction satisfactory
saturate saturated sauce scaffold scanstring scarce scarier scenes school scour scram scramble
scrambled scrambling scrap scraping screams screws scrubbed scrubbing scrubs season secondaries
sectioned sectioning secured securing segregate segregated segregation selfish sellers senses
sensing sentiment seqs sequenced serenity servicing settles settling seventeen severed severely
shades shallower shame sharedctypes shark shaves shear sheep sheer shelling shelved shielding
shimmering shiny shoe shoot shortcoming shortens shots shoulder shout shove showcases sidestep
sieving sight signifying similarities simulations sing singe singles sister sitebuiltins sits
sitter sixteenth sixths sizeable skid skins skull skyscraper slabs slanting slate sleepers slept
slew slide slides slipped slop slotting slowed slowing slug slumber smartly smarts smearing smells
smile snaps snider sniffing snoop snow snowflake snuck soap soften solicit soonest soul sovereign
spaceship spades spanned spar sparing sparsely spath spawnv spear species speculate speedy spells
spending spends spewing sphere spice spies spike spikes spilled spills spiral spit spits spliced
splicing sponsoring sponsors sponsorship spooked spooled spoon spotlight springs sprinkle sprout
squashes squeezed squelching squid squirrel srcfile stabilized staggered stalling stamping
standardizing standpoint starlight starters starvation starved starving stations statistically
staying steady stemming stepped stern sticks sting stipulates stir stomp stopgap stopwatch storms
stormy straddling straighter straightforwardly strain strap streamlining strengthened stressed
stressing strides striding strikes stringy striped stripes strives strokes strongest structuring
strval stubbed stuffing stuffs stumble stun stupidity sturdy stylus subdivided subdivisions
subjected subjective sublime submissions subn subnode subparser subprogram subscribes subscribing
subscriptable subscripting subsequence subsidiary substance subtleties subtlety subtractions
subtracts subvert succession successors succinct sucks suddenly suffered sufficed suits sukun
summarizes summed summers summing suns sunset superscripts supervise supervisor supplant suppliers
surely surrounds surveys survived survives suspected suspects swallowing swallows sway swirl
switchboard symmetrical synthesis synthesizes tabbed tabbing tabulate tabulated tacked tactics
tailoring tainting talents taller tame tango tasking taste tatweel tcheh teardrop tedious teeth
telecommunications teletype temperatures temple temptation tempted tempting tenants tended
tendency tent tentatively tenths tenure tenuring terminally terrain terrible territories terror
testall testbuffer testclinic testimportmultiple testlist testmultiphase textbook textually
textured thankful thankfully thee theorem theories thirds thirteen thirteenth thong thoughts
threatened threats thrice thrift throwaway thumbs tickled tidier tightens tilted timecnt tinker
tint tired tiresome toad tokenizing tolerable tolerating tomato tomcat tomorrow tonal tones tongue
topping tops tornado torrent toss totem tower town trademarks trades trading tradition trained
trait trampling transcription transcripts transitory transmitter transplant transported transposed
trapdoor trashed trashing traveled trellis trend trickier trickle trinity tripping troll trout
trsock trunking trustworthy trusty tsar tshe tteh tuck tucked tulip tunnelling turnip turnstile
tweet twelfths twentieth twig twine twist twister typescript typesetter typewriter ugliness uidl
umbrella unacceptably unaccepted unalias unattached unblocking unblocks uncancel uncertain
uncontrolled unconventional uncover undamaged underestimate undergone underlies underlining
underscored undisplay undoc undoubtedly unfair unfamiliar unfilled unfold unfolded unforeseen
unfriendly unifying uninformative unite unleashed unlucky unmarked unmarshal unmasked unnatural
unorthodox unpacks unpickle unpleasant unpublished unraisablehook unsound unstuck unusually
unwieldy unwise unwraps upholds upped uppers upright upset upsets upside upturn urged urljoin
urlretrieve utcfromtimestamp utilized utter utterly vacuous vacuuming vaguely vain valencia
valueless valve vampire vanish vanished vanishes varied varieties varint variously velocity veneer
versatile versionchanged vetted vices victory vile villa vine violet virtue virus visits vital
vmax vocabulary voltages voluminous voluntarily volunteer voodoo votes voting wade wagon waitfor
wakes walkers wardrobe wastage watchdogs waterfall watermarks waters wavy weaknesses wear wedge
wedged weekdays weighting welcomed welcoming wherein whichdb whimsical whining whistles whoa
whoever wholly widened widest wiggle wildly winch winds wink winning wires wiring wisdom wisely
witness witnesses witty wizard woman wonderful wondering wooding wordy workable workshop worried
worthy wrinkled wrinkles wrist wstopsig xgtitle xmlbuilder xoptions yanked yanks yearly yonder
younger yuck zealous zipping zope ~16 abacus abandonment abandons abbreviates abetted abolished
aboriginal abortion abortive abound abreast abridged absorbing absorbs absorption absurd abundant
abuses abysmal abyss academy accelerates accelerating accelerations accessories accessory
accommodated accommodation accommodations accomplishing accountant accrues accustomed aches
achievable acknowledging acoustic acoustics acquainted acrobat adaptable adaptations addressee
adhered adjectives adjunct administering admirable admitting adored adornments adult advancement
advancements adverb adversaries adversely advocate advocates advocating aesthetically affair
affectionately affiliations affirmative affixes affords aftermath aged ahoy aided aides aiding
ailed airing airmail airport airs airy album alga aline alkali allegation alleviated alleviates
alliance allotted altho altitude amalgamated amateur amazingly amber ambition ambitious amenable
amid amidst amiss amnesia ample amplifications amplifier amplify amplifying amplitude amply
anachronism analogue analytic analytical anarchists anatomy ancestral ancients anger angers angler
animals animating annihilation annoy annoyances annoyingly annually anomalous anonymity antelope
anticipating antiquated apertures aping appalling appeal appealing appeases applicant appraise
appreciable approached appropriated approximating arbiters arbitrate arbitrated arbor arcane
arched archer architect argued armies armoring arrogant arsenic articulate artists ascension
ascertain ascertains ascribed ashes asleep aspiration aspires aspiring assemblies assertive
assessed assessing assessments assimilate assimilating assisting assurances assuring astonishment
astronomical atmospheric atrocious attacking attain attained attentive attest attests attitude
attract attraction attractive attributable audios auditors aural authentic authenticates
authoritatively automatics automobile autumn avenues averaged averaging avert averts awaken award
awhile awkwardness awoken axed axiom axioms babble backlash backlogged backlogging backlogs
backpack backtracked backtracks baffling bake balances ballet ballooned bamboo bananas bandage
banding bandy banging banked banknote bankruptcy banning bans barbarian barber barman baroque
barrel bashed bashing basil basin basket baskets bathtub battle beach beagle beamed bearable bears
beast beasts beaten beautified beautifully beefed beetle beginner begs belated bellow benches
bending benefitting berthing beverage bible bibliographic bids bigot billed billions binders birch
birds birthing bisects bisons bitch bitched bites biting bitten bitterly blab blames blaming
blanch bland blasting blended blesses blinded blinks blithely blitz blockage blocs blood bloody
blossom blot bluebird blueprints blunt blurs boarding boasts boat boil boiled boils bolder bolted
bombed bombing bondage bonded bonds bones bonnet booking bookmarking bookshelf boomerang booster
boosts bordering borne botches botching bottles bottomless boulder bounced bounces bouquet bout
bowing bowl bows brainstorm brainstorming brainy brake branded brazier breach breached
breakthroughs breathe breathing brewed bride bridged briefer briefs brighter brilliant brilliantly
brink broaden brokers bronze brother browses brushes brushing bubbling buffalo bugged bugger
buildings bulb bulks bulletins bully bumpy bunches burbles bureau bureaucracy burger burgers burns
burr burro bused bush busing busting busts butcher butchered buts butter buys cabinet cabling
cacao cacti calibrating campaign camper canaries candle canoe canopy capacitance capping captioned
captive carelessness carpentry carping carriers carrot cars cascades cashes cask casket castaway
cataloging catapult catchup categorically categorizes categorizing catering causal causality
cautions cavalier cavern cavity ceasing cedar celebrate celebration cellar cellular centering
centralizes certifies cessation chagrin chalking challenging chambers changeover channelled
chaotic chapel chapt characterize characterized characterizing chariot chased chattier cheapen
cheaply cheated cheating cheeks cheer cheers chewing chick chid chiefly chili chlorine chocolate
choppy chord chore chow chucks cinder cinema cinemas circling circulated circulation circumvented
circumvention circumvents cites citizen clamps clashed classmate classroom claws cleanliness
cleansed cleansing cleaver clerk cleverness climbs clinical clinking clix cloak clocking closeness
closet cloth clothes clove clover clueless clumsily clutch clxiv coagulate coal coarsening coastal
cobra cock coexisting cogent coincided coincidental collapses collated collateral collates
colleague collective collides colloquial colloquialism colonies colorful coma combat comfortably
comic commanded commence commences commencing commendations commends commentaries committees
commodity communism communities commuted compacted compacting compacts comparative compartments
compass compatriots compelled compelling compels compensating compensations competed competent
competes competitors complementing complexities complicating compliment complimentary complying
compounding comprehend comprising compromises compromising concealing conceived concentrate
concentrated concentrates concentrating concentration concentric conception conciseness concretes
condenses conditioning confer conferred conferring confinement confines conformed conformity
confronted congest congested congress conjunctions connective conscience conscientious consented
conserving considerate consistencies conspicuously constancy constellation constituencies
constituents constituted constraining constrict construed consultation contaminating contamination
contemplated contemplation contend contender contenders contentious contesting contests
continental contingency continual continuity contortions contractor contradicted contrasted
contrasts contributes contributory contrive controversy conventionally converge converges
converging conveying cooler coop cooperates cooperating cooperative copious cordless corollary
corporations corrective correlating corresponded correspondences correspondent costing costlier
couch cougar council counterexample coup couples courses courteous cousin covenant covert cowardly
cowed cracker crackled crane cranks cranky crated crawling craziness cream creatively creditable
creek creep creeping crescent crew cribbed cricket crimson cripple cripples crippling crisp crowd
crowded crudely crumb crusty crutch crying cubed cucumber cuddled culling culmination cult
cultivation cultures cunning cupped curing curiously curse cursed curt curving customizes cutter
cycled cyclone dais damaging dame damned damp dams dancing dangerously dank darken darkening
darker darkest daunting dawn deacon deadlocked deadly dear deaths debatable debate debrief debtors
debugs decapitate decayed deceased decently decimated deciphered deciphering deck declines
decomposes decomposing decoy decree decrees deducing deducted deducting deepens defeated
defensible deficiency deflates deflect degenerated degenerating deity deliberation delicate deluxe
delve dementia demise democratic demons demonstrably demonstrations demotion demotions denser
dental dentist depart departing departmental dependants depict depicting deplete depleted deposit
deposited deposits depots depreciated depreciation depressed depriving descended descendents
desert deserves designates designations desiring despair desperate desperately despises dessert
destroyer detachment determinations deters detour detract develops deviated deviating devious
devised devising devolve diagramming dialed dials dictation differentiates differentiation diffuse
digesting digitize digression digs dilemma dilemmas diligently dill diminished diminishing dimming
dining dinner directing directors dirtied dirtying disadvantages disagreed disagreeing
disagreements disappointed disarmed disarms discerning discharge discharging disciplined
disclaiming disclose disco discontinuity discount discourages discouraging discriminate
discriminates discs disease disentangle disentangled disguised dislike disliked dislikes
dismissive disordered disorderly disparage disparate dispense dispersed dispersion displace
disposed disposing disqualify disregarded disrespecting disrupted disruptions disrupts dissected
dissertation dissimilar dissolution dissolve dissolved dissolving dissuade distinctive distortions
distract distracted distraction disused ditching dithered divergence divergent diversity diverts
dividends divine divines diving dizzy docking docks doctored documentary dodo dogs dole dollars
dolls dome dominate donate donating donkey donor donuts doom doomed dope dose doubtful doubtless
doubts downed doze drafted dragons drags drama draped drawer dreaded dreamy dribble drier dries
drinking drip drivel drone drove drown drowning drunkard dubbed dude dues dumpster dung dungeon
duping duress dynamics dynamo dynasty earl earmark earnest earthly eased eastward ebbs eclectic
eclipsed economical economics economy edgy editorials educated education eighteenth eightieths
eights ejected ejecting ejection elaborated elaborates eldest elect election electrical
electricity electrode electronically elegance elegantly elevation elicited eliciting elicits
eliminations elks elliptical elms elucidate elusive embarking embarrassment embellishments ember
embodied embody emboss embryonic embryos emerged emergencies eminently emotion emphasizes
emphasizing emphatic empress enact enclosures encompass encompasses encompassing encore
encouragement encumbered endeavor endorse enemy engagement engaging engendered engineer engineered
engineers engraved engraving engravings enjoyed enjoyment enlargement enlarges enlighten
enlightened enlistments enquire enriched enriches enrolling enshrining enslaved ensuing entail
entailed entangle entangled entanglement entanglements entertaining enthusiasm enthusiastic
entrails environs envisage envisaged eons episode epithet equalizes equate equates equating
equilibrium eras eraser erring escalated essays essentials estate estimations ethical etiquette
eureka evade evaporated evasion evens evergreen evictions evidenced evils evoked evolves evolving
exacerbated exacts exceedingly excepted excerpted excerpts exchanging excise excised excite
excited excitement exclaim exclusives excommunicated excursion executive exempting exertion
exhibiting exiled expectancy expedite expend expended expenses experiences expertise exploitation
explored explosives exporters expressively extinguished extractions extrapolation extremes eyeball
eyed eyelashes fabricate facades facilitated facilitating facsimile faculties fame fantastic
fantasy fare farmed farms farther fascinating fatalistic father favorable favorably favoring
favorites favors fearful fearing fears feasibility feds feeble feelings fees feet fellow ferry
fetter fewest fiasco fiber fibers fiction fictional fictitious fiddled fiddles fielding fighting
fillet finals fined finest fingered fingernails finicky firefly fireworks firmer firsts fishing
fitted flame flamingo flanked flap flashed flashes flatness flavored flee fleshed fleshing flick
flickers flights flit floated floods flop flopping flora floral flour flowers fluctuation
fluctuations fluent fluke flute flutter fluttering focuses folk follower followers folly fooling
foolish foolishly foolproof fools football footsteps forceful foregoing forehead foresee foreseen
foresight forestall forests forger formality formalized formalizes formulate formulated fortieth
fought foul foundations founder fountain fragility fragmenting franc frankly freak freedoms
friction fried fries frills fringe frivolous frog frown frowning frowns frustrated frustrating
fulfillment fullest fulls fumbling functioned fund funded funding funeral fungi funnel funnies
furlong furnishing furtive fury fusing fuss fussed fussy gage gait gala gallery galore gangs
gaping garage garble garlic garnish gasket geared gems genealogy generously genesis genie
gentlemen gentler gentry geographic geographically geometries gesture gestures geyser gibberish
gifts gigs gill gimmick ginger ginning girl givens glaring glasses glimpses globe glorious glove
gloves glow gluing goat gobbled gobbles godlike gods golf gong goodnight goon gorilla gossamer
governments gracious graciously grading gradual graduating grammatically granite granule grapevine
graphing grateful graveyard grayed greedily greeted gremlins greyed grids grill grim grimes
grinder grinned grinning gritty groom grossly grounding groundwork grouse groves grumble grumpy
grunt guardians guested guilty guitar gullible guns guru gurus gust gutter gyroscope gyroscopes
habitation habits hail hale halter halved hamburger hammers hamming hamper handlebars hanged
hanger hangout haphazard happenings hardens hardest harming harmlessly harnesses harries harts
harvested hassles haste hatchet hatching hateful hating hats haul hawk haystacks hazy headaches
headlines headphones headstone heal healed heals heat heated heathens heave heaven heavier
heavyweight hedge hedgehog hedging heeded heeds heir helicopter helm helmet hemisphere henceforth
herd hereafter heroic herring hers herself hesitant hesitate hibernated hibernating hideous
highland hiker hiking hilt hinder hindering hindsight hitherto hobby hobgoblin hogs holidays
holler hollow holy homework homogenize homonym homonyms honeycomb hoof hopeless hopelessly hopping
horns horrid horror horses hose hosed hospital hotel hottest hourglass houses hovering hugely
hullabaloo humble humbug hundredths hurl hurray hurricane hurriedly hurry hurting hybrids
hypothesis iced icicle idiocy idiosyncrasies idiosyncrasy idiosyncratic idiotic idled ignorant
illness illuminate illustrator imaged imagery imbalances imitates immaterial immature immense
immensely impair impairments impasse impatient impede imperceptible imperfections impervious
impetus implicated importation imposition impossibly imposters impoverished impress impressive
improbable improvised imps impulse inadequacies inadvisable inbuilt incantations incarnations
incentive incidents inclination inclined incoherent incompatibles inconceivable inconclusive
inconveniences incredible indebted indescribable indifferent indigestible indigestion
indiscriminate indiscriminately indivisible inelegant inept inequalities inevitable inexpensive
inexperienced inexplicably infeasible infelicities infelicity inferno inflates inflection
inflicting influencing infrared infringe ingredient inhabited inheritances inhibition injections
innovation innovative inoperative inordinate insecurity insidious instal instanced instantaneously
instigated instituted institutions instructing insurance insured intake integrals intellectual
intelligible intelligibly intense intensities intentions interceptions interchanging
intercontinental interlock interlocked intermediaries intermediates intermingling internationally
interns interposed interrogated interrogates interrogating intersperse intersperses interspersing
intertwined intervene intervened intervenes intolerant intricate intrinsically introductions
intrude intruded intruder intruders intruding intrusion intuitively invaluable inventing
inventions inventor inversions investigates investing investments involvement inward ironed ironic
isle isles itemized jabber jabs jacket jade jagged jails jammed jaunty jellyfish jersey jest
jester jewel jiffy jointly joke joker jostle jostled journey judging judgments judicious
judiciously juggle juggling juice jumbled jumper junky justice justifiable justifies justifying
kangaroo keeling keynote khaki kidding kinder kindergarten kindle kissing kite kittens knee
knights knowingly knowledgeable knuckle knuckles koala kosher kudos labor laboriously laden ladies
lady laggard lagged lagging lagoon lampoon lamps landmarks languid languish languor lapping
larceny larges lascivious lash lasted lately latitudes latrine laugh launder laundry lava lavender
lavish laws lawyer lawyers laxer layman lays lazier laziness leadership leakages leaning leaps
leasing leather leaved lectern lecturing ledger leech leeway legends legislation leisure leisurely
lengthened lengthening lengthens lent lesion lethal lethargic leveling lever leveraged levity levy
lewd liaison liar libelous liberties libretto lied lieu lifelines lifts lighten lightest
lighthouse lighting liked limitless lingers lingo linguistics liquid liter literature litigation
littering liveliness liver llama lobby lobotomy localizes lockers locomotive locust lonely
longhand loon looser looses lopping loser louder lovely loves loving lowing lows luggage lull
lumberjack lump lunch lure lurk lyrics magazine magnifies magnifying magnitudes mainframe
mainframes mainland majors males mallard mammoth manger manifestation manifestations manifestly
manners manning manor manuscripts maples marinas marine market marmalade maroon marquee marsh
martial mascot mashed massaging mast mastering mates mathematicians matte mattered matting
maverick mavericks maximizes maximums mayhem mayor maze mechanic medal mediate mediates mediator
mediocre medley meek melon melt memoir memorize mended mental mentally mentors mercifully mercy
mergers meridians merits messier metaphors micrometer microprocessor microscopic midst midsummer
midway migraine migrates mikes milk milky millimeter millionth mimicked mindful minding minds
miner mingle minimums minion ministry minstrel minted mischief misconception misconstrued
miserably misery misfit misfortune misguiding misinformation misled misquoted misquoting
misreading missiles misspell mistook mists mistyping misunderstand misunderstandings mixers
mixtures moans moderated modernizes modernizing momentary mongoose monkeys monks monologue
monopolize monotonous monumental moody moonlighting mooring moped mops morphology morsels mortals
mortar mosaic mother motions motivate motivates motivating motivations motives motor mound mucking
mucks mucus muffin muffle mule multitasking mumble munch mundane municipality murky mustache musts
muted myriad mystical myth mythology nailed naively narrative narrows nasal nastiness nation naval
navigated navy nearer necessitate necessitates neck neglecting neglects negotiates neighborhood
neural neutrality neutralize neutralized neutrons newbie newbies newborn newsletters newspaper
nicest nicked nicks nightingale nineteenth nitrogen noises noisier nomenclatures nominating
nominative nominees nonresident normality norms northward northwest notables notch notions
notorious novices nuances nudge nugget nuts nutshell obelisk obfuscation objected objectives
objector obligated obligation obliged obliges oblivion oblivious oblong obnoxious obscurity
observations obstacles obstruct obstructive obtrusive ocean octagon octave offenses offerings
offices offspring ogling oncoming oneself onions oodles openers openly openness opinionated oppose
optics orchid organizing orientated ornamental ornate orphaning oscilloscope ostensibly ounce
ouster outcry outlaw outlining outlived outlives outliving outmoded outrageous outsiders outsmart
outstrips outweigh outweighs oven overcomes overcoming overhauling overhauls overlaying
overlooking overnight overrode overshadowed overstep overstepping overtaken overture overused
overwhelmed overwhelmingly oxygen pace pacemaker pacifying packers pageant painless painstaking
painter panacea pandas panicking pants papa papered paperwork papyrus paradox paradoxical
paraphrase parcels pare parenthood paring parish parked parking parks parkway parsec parsley
participated participates particulars passable passages passion passively patently patiently
patrol patter patty pave paves payed payment peacock pear peas peck pedal pedantry pedestal
pedestrian peeks peeps penalized penalizing pencil pendulum penetration pennant pentagon
penultimate peppering perceive perception percolate performer peril peripherals pernicious perplex
personalize personnel persuade persuaded persuasion pertained perturbed perturbs perusal peruse
perverse perversion perverted petty phenomena phonies phosphor piecing piggyback piggybacking pigs
pillow pinch pink pinpointed pinpoints pioneered pistachio pitched pitchfork pithier pivots placid
plaguing plainest planets planted planting platinum plausibility plausibly players playground
plaza pleasant pleasing pleasure pledged plotting plowed plumber plumbers plunder pluses poem poet
poked poker polarization policed policing politically pollster pollutes pondered pondering ponies
poorer pope poplar populations porridge portables portfolio porthole positively possesses
possessing possession possessives postbox poster postscripts potter pouch pounding pout pouting
powder practicality practise practises praise prayer precarious predator predictably predicting
predicts predominant predominantly preempting prefaced prefacing prejudice premiere preoccupied
preponderance prescription presences presenter president presiding presumption pretentious
prevails previewer previewers previewing priest printings privatize prize prizes proceeded
procrastinating prodded prodding productions profanities professional professionally profound
profusion programme progressed prohibition prohibitively projected projector proliferation
prolific prolonged prominence promiscuity promotions prompter proofed proofreading propelled
propeller proportions proposition propositional proprietors propulsion pros prospect prospective
prosper protest provisionally proviso provoked psych psychic publicize publicizing puddles puffy
pulsing punctuate punted punting punts puny pupil puppies puree purer purification purified
purporting purposed pursue putative puzzling quadrants quadruples quadruplets qualifications
qualifies quantitative quarterly quartet quashed quells quench quest quests quibble quibbles
quicken quickened quickening quieting quiets quilted quirked quitted quitter quorum rabbi rabbit
raccoon racist rack racquet radicals radioactive radios radiuses rail rails railway rainier
raining rains rainwater rainy ramifications ranking ransom rant rated rationalized rationalizing
rations ravine readies readjust realization reams reappeared reappearing reappears reaps rear
reared reasoned rebellion recalls receptacles reckless reckoning reckons reconciling reconsidered
reconstructs recounting recoveries recreations rectified rectifies recurrent redeeming redesigning
rediscover rediscovering redistributes reds refilled refining reflections reflector reflexive
refraining refrains regained registrar registrars regresses regrettable regulate rehabilitate
rehashed reinforce reinforced reinstates reinstating reiterate reiterating rejoicing rejoined
rejoins relatives relaxations relics relieve relieved relieves religion relinquishes relinquishing
relocates reluctant reluctantly remarkable remarkably reminders reminding reminds remodeled rend
renditions reneging renewals renewing renounced rent reorganizing replenish replenishes reprinting
reproductions reprogram reprogramming reptile reputations requisition reroute rerouted reschedules
rescuer researchers resemblance reservoir resided residence residuals residues resigning resistor
resistors resolute resorted resorts respectable respectful respectfully resting rests resubmitting
resurface resurrects retail retailers retainer rethink retina retirement retirements retiring
retrospect reunion revamping revenge revering revolved revolving reward rhetorical rhino rhubarb
rhymes rhythm ridden rider rids rightly ringing ripple riser risking rite ritual rivals rivers
rivet roads roamed roaming roams robins rode rolls romance romantic rooks rooms rooting rope
rotted rotunda rounder rubbed rubber rubbish ruddy rudely rugged ruin rulers rumored rumors rump
runes rung runt rushed ruthlessly sabotage sacrificed sacrificial sacrificing sadness safeguards
safeties sages sail salad salary salutations salvage salvaged salvages salvaging sameness
sanctioned sandal sandwich sandwiched sanitary saps sardine satisfactorily saturating sausage
scarcely scare scavenger schemers schools scoff scooter scorched scored scout scrambles scrape
scraped scrapping scratching screaming screening screwing screwy scribble scribe scrutinizing
scrutiny seaman seams sears seas seasoned secondarily sects seeming segmenting segregating selling
semblance semicircle senseless sentiments sentry sequel serials seventeenth severing sexual sexy
shaikh shaking shallowest shallows sham shamrock sharpen sharper shattered shattering shaved
shaving sheering sheets shelves shepherd shifty shimmer shimmered shirt shoes shoo shooting
shopping shores shorted shotgun shoulders shovel shoveling shoving showcasing shrank shrimp
shrinkage shrug shudder shuffles shunt shuttle sick sickle sided sidesteps sidle sifting sighs
signified silhouette silk silliness silo silvers simplex sincere singer singers sings singularly
sinus sips sire sixteenths sixtieth sizable sizer sizzle skate skewing skews skills skin skinny
skipper skunk slain slap slashed sled sleek sleeper sleeve slid slimmed slimmer sloped slopes
sloping sloppier slotted slur smallish smashed smashes smear smell smelly smit smock smog smoker
smoking smoothed smoothly smoothness smooths smuggle snail snappy snare sneaked sneaking sneaky
snooped snout soaks soar sofa softer softly solace soldier solidify solidity solitary solos
someplace sonic sonnet sophistication sops sorta souls sounding southward southwest spacial
spacious spade spaghetti spares sparkle specializes specializing spectacular speculating
speculations speeded speedier spelt spewed spews spiders spine spins splices spoil spoiled sponge
sponsor spontaneous spontaneously spoofed spooling sports spotless spotty spray spraying spreads
spreadsheets spree sprinkled sprinkles spruce sprung spun squat squeezing squirreled stabilizing
stabled stables stagnated staircase stance standardizes staples stared staring stark starry stars
starve statesmen statue stayed steamroller steer stellar stemmed stencil sterile stew stifle
stifling stigma stimulus stingy stinking stipulate stirring stitch stitching stocks stokes stole
stomped stomping stomps stoney stood stoppage stories stork stout stow straddle straggler
stragglers straighten straightened strained strand stranded strangeness stratum straw strawberry
strays streamlines strengthening strengthens strengths strenuous strenuously stressful stretcher
stretches stretching strictest stringing striping stripper strive stroked stroking stubby students
studies studying stuffed stumbled stumbling stumps stupidities stupidly stuttering subbed
subdivide subdivision subverting subway succinctly succumb sucked sucking sudden suffering
suffixing suiting sulfur sundries sunglasses sunken sunrise superficially superimposed superiority
supervises supervising supervisory supplanted supplants supplementing supposing surfaced surfacing
surgery surgical surpasses surreal surrender surreptitious survival suspicion suspiciously
sustained swamp swamped swarm swat swathes sweat sweeper sweeping sweeter swept swim swipe
switchable switchboards swoop sword swords symphony syndrome tabled tablespoons tackle tackles
taco tacos tadpole taker talent talked tallied taming tangents tangled tanking tanned tanner
tantamount tapes tarnished tarred tartar tastes tautology taxi teaches tears teaspoon teeing
television tempering tempo temptations tenable tenacity tender tending tennis tension tensions
tentacle termed terminologies termite terrier tersely textures thatch thawed thawing thaws theft
thence thereabouts thermometer thesaurus theses thesis thicken thinly thou thrash thrashing thrust
thundering thwart tidies tiffs tightest tilting timescale timescales tiniest tinkering tinned
tires titling toasted tolerably tolerances tomatoes tombs tome tooth topaz topped torch tore
torpedo torque torrents torso tortuous tossing totaled totality totalling toucan touchy tough tour
tourist tourists tournament tournaments towers towns toxic toys traction tracts tramples
transacted transcribed transformers transients transmissions transplanting transportation
transporting transposes transposing transverse trashes travelling travels treachery treads trek
trekking tremendous trends tribute trickiest tricking trolling tropical trot trough truck tubes
tuners tunes tunnelled turban turnaround turnover tutor tweed twentieths ubiquitous uglier
unanswered unbelievably unbiased unbroken uncertainty uncle uncomfortable uncomfortably
unconfirmed uncontroversial uncountable uncovering undecidable undecided underestimated undergoes
underlay underlays undermine understandably understate undertake undertaken undertaking underwent
undeveloped undisturbed undue unduly uneasy uneven unexplained unfolding unfolds ungrammatical
unhook unhooked unidentified uninitiated uninterested unionize unlabeled unleash unloads
unobtainable unpaid unpopular unravel unraveled unreliability unrepeatable unsatisfactory
unscathed unscientific unsuccessfully unsupportable unsuspecting untidy untrue untying unveiled
unwary unwittingly unworthy unwound upend upheld uphold uplifted upsetting upshot upwardly urge
uselessly uselessness utilitarian utterances vacated vaccinate vaccine vagaries vagary valet
valley valuing valves vane varnish veers vegetable vegetarian vegetation vehicle vein vend veneers
venerable ventricle venture venue veracity verbal verbiage verge vertigo vestige veto viability
victims viewpoint viii vilify vindictive vinegar vintage vintages violent viper virtuoso viruses
visa visibly visualizing vitality vocation voicing voided voids volt volunteered volunteering
vortex voted voucher vulture wafer waffle waived wallet walling wallpaper walls walrus wand wander
wanderer waning wards warming warped warping warps warrant warranted warrants warring wars wart
warts wary wash washed watts waveform waves waving waxing weakened weakens weakest wealth weaning
weary wedges weed weeding weekend weekends weigh weirder weirdest welcomes wellington wells
westward whack whale wheat wheelchair wheeled whew whines whip whiskey whisky whittling wick
wicked widows wife wildcat wilder wildfire willingness willow wills winded winding winking winners
wintered wiper wished wishful witch withdrawal withdraws withers witnessing wizards woes wombat
wondered wool worded worlds worldwide worries worsen worship worthless wrangling wrappings wreak
wreath wreckage wrecking wren wrench wring wristwatch writ writings xiii xvii xviii xylophone
yanking yawn yawning yell yeti youngest yourselves zeal zenith zigzagged zillion zillions zooming
zooms
`;

/**
 * Letter bigram costs: BIGRAM_COST[26 * a + b] = round(-4 ln P(b | a)) for lower-case letters a, b
 * inside a word (quarter-nat units, capped at 60), from the same corpora, each distinct word
 * weighted by ln(1 + frequency) so that a few very frequent words don't dominate; add-0.5 smoothing.
 */
export const BIGRAM_COST: readonly number[] = [
  16, 12, 11, 11, 16, 16, 14, 20, 14, 24, 16, 9, 12, 9, 22, 13, 24, 9, 11, 8, 15, 17, 19, 20, 17, 22,  // a
  9, 12, 12, 12, 9, 13, 17, 20, 10, 16, 20, 9, 16, 18, 11, 15, 24, 12, 12, 16, 10, 21, 21, 19, 16, 21,  // b
  9, 15, 13, 15, 9, 15, 22, 9, 13, 26, 11, 12, 17, 20, 7, 17, 25, 12, 15, 10, 14, 20, 23, 24, 19, 23,  // c
  9, 12, 13, 11, 6, 13, 19, 19, 8, 22, 21, 14, 17, 17, 11, 17, 23, 13, 13, 17, 13, 19, 20, 23, 18, 24,  // d
  12, 16, 11, 10, 14, 14, 17, 20, 17, 25, 20, 12, 14, 9, 19, 15, 20, 7, 9, 11, 20, 15, 18, 14, 17, 24,  // e
  10, 13, 12, 12, 9, 9, 20, 22, 7, 26, 23, 12, 18, 18, 10, 18, 24, 12, 12, 14, 13, 23, 21, 22, 17, 26,  // f
  11, 18, 15, 16, 6, 18, 15, 13, 10, 23, 22, 12, 15, 12, 12, 15, 23, 10, 11, 15, 12, 19, 20, 23, 19, 20,  // g
  6, 19, 17, 17, 6, 20, 21, 19, 8, 24, 19, 15, 15, 16, 8, 18, 24, 13, 16, 13, 13, 22, 17, 25, 16, 23,  // h
  13, 13, 11, 13, 13, 15, 13, 23, 21, 23, 19, 11, 13, 6, 11, 15, 25, 13, 10, 10, 21, 15, 24, 18, 24, 15,  // i
  7, 16, 15, 15, 7, 16, 18, 17, 10, 14, 15, 17, 15, 15, 8, 15, 19, 16, 11, 16, 10, 18, 17, 20, 19, 20,  // j
  9, 17, 16, 15, 5, 17, 16, 14, 8, 22, 18, 13, 16, 16, 10, 16, 22, 14, 10, 15, 13, 20, 17, 22, 16, 22,  // k
  9, 19, 17, 14, 6, 18, 19, 22, 7, 26, 19, 9, 18, 20, 9, 17, 26, 20, 13, 13, 14, 19, 23, 24, 12, 23,  // l
  6, 14, 17, 16, 7, 19, 21, 22, 9, 25, 19, 16, 13, 19, 10, 9, 25, 20, 12, 17, 13, 21, 22, 22, 17, 26,  // m
  10, 19, 11, 10, 9, 14, 8, 20, 11, 22, 16, 17, 19, 15, 11, 17, 24, 18, 10, 8, 15, 17, 21, 25, 19, 22,  // n
  17, 15, 11, 12, 19, 16, 15, 20, 17, 22, 17, 11, 11, 7, 13, 12, 27, 8, 12, 12, 11, 14, 14, 20, 21, 23,  // o
  8, 21, 15, 17, 8, 18, 18, 14, 11, 26, 18, 11, 18, 18, 9, 12, 24, 8, 13, 11, 13, 22, 20, 23, 16, 25,  // p
  15, 17, 15, 15, 14, 16, 17, 17, 14, 19, 19, 12, 15, 16, 16, 15, 16, 13, 12, 15, 3, 17, 17, 18, 19, 19,  // q
  9, 18, 14, 14, 6, 18, 15, 22, 9, 27, 17, 15, 14, 15, 9, 17, 25, 14, 11, 11, 15, 17, 21, 24, 15, 24,  // r
  12, 19, 12, 18, 8, 19, 18, 11, 10, 26, 16, 15, 16, 18, 12, 12, 20, 18, 10, 7, 12, 20, 18, 25, 15, 22,  // s
  9, 20, 14, 17, 7, 17, 21, 11, 7, 26, 21, 15, 17, 19, 10, 16, 26, 9, 12, 13, 15, 22, 19, 21, 14, 21,  // t
  14, 12, 13, 14, 12, 15, 15, 22, 13, 24, 18, 10, 12, 8, 18, 12, 26, 9, 9, 9, 21, 22, 24, 18, 22, 20,  // u
  7, 18, 15, 18, 4, 18, 18, 21, 7, 25, 21, 16, 14, 18, 12, 17, 23, 16, 14, 16, 19, 19, 21, 21, 21, 22,  // v
  7, 17, 14, 15, 8, 17, 18, 13, 7, 22, 19, 15, 17, 12, 10, 17, 21, 10, 11, 16, 18, 21, 18, 20, 21, 22,  // w
  12, 17, 11, 14, 9, 13, 17, 17, 10, 22, 19, 14, 13, 18, 15, 9, 21, 15, 12, 7, 16, 17, 19, 12, 16, 20,  // x
  10, 15, 13, 15, 12, 16, 16, 19, 13, 21, 18, 13, 11, 10, 13, 7, 22, 14, 8, 11, 14, 18, 18, 20, 18, 18,  // y
  8, 17, 17, 16, 4, 17, 18, 13, 9, 19, 18, 14, 15, 17, 12, 18, 20, 18, 15, 18, 14, 19, 18, 20, 14, 13,  // z
];
