;; The line gate of prefilter.ts (keyword automaton and line shape) over raw bytes: a whole batch
;; of `git log -p` output, or a whole file, in one call, instead of one JavaScript call per line.
;; byte-gate.ts fills the tables and reads the verdicts; scripts/build-wasm.mjs assembles this
;; file into byte-gate-wasm.ts (test/detect/byte-gate.test.ts checks the two agree).
;;
;; Each byte costs three table steps and no branch but the newline test: the keyword automaton
;; and two small automata for the shapes (SHAPE_RANDOM_RUN; SHAPE_BASE64_RUN with the colon/space
;; count of SHAPE_COLON_FIELDS), each `state = load(state + class of the byte)` with states as
;; byte addresses. The three chains are independent, so the CPU overlaps them. The shape tests
;; of the JavaScript pass (a branch per byte on token/base64 characters, mispredicted on code)
;; are folded into the automata's states. A state that has found what it looks for (a keyword, a
;; random run, a base64 run) goes nowhere else until the line ends: the flags are sticky, so the
;; rest of the line cannot change them.
;;
;; Memory, laid out by byte-gate.ts (the offsets below are written there too):
;;   [0, 32)        header, i32: keyword start state, keyword found state, random-run start,
;;                  random-run found, base64/colon start, (unused), the base64/colon automaton's
;;                  class offset of a separator (fed once at the end of a line)
;;   [32, 544)      u16 per byte value: keyword class * 4 (bytes of non-ASCII characters and
;;                  upper-case letters as prefilter.ts gives them; see byte-gate.ts)
;;   [544, 800)     u8 per byte value: random-run class * 4
;;   [800, 1056)    u8 per byte value: base64/colon class * 4
;;   then the two shape automata and the keyword automaton, each state a row of i32 (one per
;;   class): the byte address of the next state's row; a base64/colon row has one more entry,
;;   at byte 32, with the verdict bits 4 and 8 of that state
;;   [in, end]      the batch, and one byte after it that this function sets to '\n'
;;   [out, ...)     one verdict byte per line
;;
;; Verdict of a line that starts with '+' (its text is what follows the '+'), or of every line
;; when $diff is 0 (a file's bytes, as a tree scan reads them):
;;   bit 0 = some keyword or marker word occurs; bits 1-3 = the SHAPE_* flags (token-runs.ts).
;; Any other line of a diff gets 0. The flags are computed as prefilter.ts computes them on the decoded
;; line, except that the '4+ colons, no space, 8+ characters' test counts bytes (and a trailing
;; CR): never fewer than the characters, so the gate may let more lines through, never fewer.

(module
  (memory (export "memory") 1)

  ;; $diff: 1 for `git log -p` text (only lines starting with '+' are judged), 0 for a file's
  ;; own bytes (every line is judged, as a whole). Returns the number of verdicts written.
  (func (export "scan") (param $in i32) (param $end i32) (param $out i32) (param $diff i32) (result i32)
    (local $i i32) (local $o i32) (local $c i32) (local $start i32) (local $m i32)
    (local $k i32) (local $r i32) (local $b i32) (local $info i32)
    (local $k0 i32) (local $kHit i32) (local $r0 i32) (local $rHit i32) (local $b0 i32) (local $bEnd i32)
    (local.set $k0 (i32.load (i32.const 0)))
    (local.set $kHit (i32.load (i32.const 4)))
    (local.set $r0 (i32.load (i32.const 8)))
    (local.set $rHit (i32.load (i32.const 12)))
    (local.set $b0 (i32.load (i32.const 16)))
    (local.set $bEnd (i32.load (i32.const 24)))
    ;; A newline after the last byte: the loops below then test for '\n' only, not for the end.
    (i32.store8 (local.get $end) (i32.const 10))
    (local.set $i (local.get $in))
    (local.set $o (local.get $out))
    (block $done
      (loop $lines
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (if (local.get $diff)
          (then
            (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 43)) ;; '+'
              (then
                (i32.store8 (local.get $o) (i32.const 0))
                (local.set $o (i32.add (local.get $o) (i32.const 1)))
                ;; To the next '\n', 16 bytes at a time (the bytes read past the batch's
                ;; newline are the verdicts' slack, never used).
                (loop $skip
                  (local.set $m (i8x16.bitmask (i8x16.eq (v128.load (local.get $i)) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))))
                  (if (i32.eqz (local.get $m))
                    (then
                      (local.set $i (i32.add (local.get $i) (i32.const 16)))
                      (br $skip))))
                (local.set $i (i32.add (local.get $i) (i32.add (i32.ctz (local.get $m)) (i32.const 1))))
                (br $lines)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (local.set $start (local.get $i))
        (local.set $k (local.get $k0))
        (local.set $r (local.get $r0))
        (local.set $b (local.get $b0))
        (block $eol
          (loop $chars
            (local.set $c (i32.load8_u (local.get $i)))
            (br_if $eol (i32.eq (local.get $c) (i32.const 10)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $k (i32.load (i32.add (local.get $k) (i32.load16_u offset=32 (i32.shl (local.get $c) (i32.const 1))))))
            (local.set $r (i32.load (i32.add (local.get $r) (i32.load8_u offset=544 (local.get $c)))))
            (local.set $b (i32.load (i32.add (local.get $b) (i32.load8_u offset=800 (local.get $c)))))
            (br $chars)))

        ;; End of the line: an open base64 run is judged as if a separator followed; the state
        ;; it leads to says, in its row's last entry, the verdict's bits 2 (a base64 run) and 3
        ;; (4+ colons and no space; the line must also have 8+ bytes).
        (local.set $info (i32.load offset=32 (i32.load (i32.add (local.get $b) (local.get $bEnd)))))
        (i32.store8 (local.get $o)
          (i32.or
            (i32.or (i32.eq (local.get $k) (local.get $kHit))
                    (i32.shl (i32.eq (local.get $r) (local.get $rHit)) (i32.const 1)))
            (i32.and (local.get $info)
                     (i32.or (i32.const 4) (i32.shl (i32.ge_u (i32.sub (local.get $i) (local.get $start)) (i32.const 8)) (i32.const 3))))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1))) ;; past the newline
        (br $lines)))
    (i32.sub (local.get $o) (local.get $out)))
)
