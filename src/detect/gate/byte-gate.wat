;; The line gate of prefilter.ts (keyword automaton and line shape) over raw bytes: a whole batch
;; of `git log -p` output in one call, instead of one JavaScript call per decoded line.
;; byte-gate.ts fills the tables and reads the verdicts; scripts/build-wasm.mjs assembles this
;; file into byte-gate-wasm.ts (test/detect/byte-gate.test.ts checks the two agree).
;;
;; Memory, laid out by byte-gate.ts:
;;   [0, 1024)       256 x i32, one per byte value: (keyword class * 4) | (SHAPE_CHAR flags << 16)
;;                   (upper-case ASCII letters take their lower-case letter's class; bytes of
;;                   non-ASCII characters take class 0 and no flags, as non-ASCII characters do)
;;   [delta, ...)    the automaton, states x classes x i32: the byte offset of the next state's
;;                   row, plus 1 when that state ends a keyword or marker word
;;   [in, end)       the batch; [out, ...) one verdict byte per line
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
  ;; own bytes (every line is judged, as a whole).
  (func (export "scan") (param $in i32) (param $end i32) (param $out i32) (param $delta i32) (param $diff i32) (result i32)
    (local $i i32) (local $o i32) (local $c i32) (local $t i32) (local $f i32) (local $row i32)
    (local $e i32) (local $hit i32) (local $shape i32) (local $start i32) (local $b64f i32)
    (local $run i32) (local $runClasses i32)  ;; token characters in a row, and their classes
    (local $b64 i32) (local $b64Classes i32)  ;; base64 characters in a row with their padding
    (local $pad i32) (local $colons i32) (local $space i32)
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
                (block $nl
                  (loop $skip
                    (br_if $nl (i32.ge_u (local.get $i) (local.get $end)))
                    (local.set $c (i32.load8_u (local.get $i)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $nl (i32.eq (local.get $c) (i32.const 10)))
                    (br $skip)))
                (br $lines)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (local.set $start (local.get $i))
        (local.set $row (i32.const 0))
        (local.set $hit (i32.const 0))
        (local.set $shape (i32.const 0))
        (local.set $run (i32.const 0))
        (local.set $runClasses (i32.const 0))
        (local.set $b64 (i32.const 0))
        (local.set $b64Classes (i32.const 0))
        (local.set $pad (i32.const 0))
        (local.set $colons (i32.const 0))
        (local.set $space (i32.const 0))
        (block $eol
          (loop $chars
            (br_if $eol (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $i)))
            (br_if $eol (i32.eq (local.get $c) (i32.const 10)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $t (i32.load (i32.shl (local.get $c) (i32.const 2))))
            (local.set $f (i32.shr_u (local.get $t) (i32.const 16)))

            ;; Keywords: one table lookup per byte; bit 0 of an entry says a keyword ends there.
            (local.set $e (i32.load (i32.add (local.get $delta) (i32.add (local.get $row) (i32.and (local.get $t) (i32.const 0xffff))))))
            (local.set $hit (i32.or (local.get $hit) (local.get $e)))
            (local.set $row (i32.and (local.get $e) (i32.const -4)))

            ;; SHAPE_RANDOM_RUN: 32+ token characters (F_TOKEN = 1) with upper, lower and digit
            ;; (F_UPPER | F_LOWER | F_DIGIT = 28), judged when the run ends.
            (if (i32.and (local.get $f) (i32.const 1))
              (then
                (local.set $run (i32.add (local.get $run) (i32.const 1)))
                (local.set $runClasses (i32.or (local.get $runClasses) (local.get $f))))
              (else
                (if (i32.and (i32.ge_u (local.get $run) (i32.const 32))
                             (i32.eq (i32.and (local.get $runClasses) (i32.const 28)) (i32.const 28)))
                  (then (local.set $shape (i32.or (local.get $shape) (i32.const 1)))))
                (local.set $run (i32.const 0))
                (local.set $runClasses (i32.const 0))))

            ;; SHAPE_BASE64_RUN: 8+ base64 characters (F_B64 = 2) and their '=' padding, a
            ;; multiple of 4, both cases (F_UPPER | F_LOWER = 12), not followed by another
            ;; base64 character after padding. SHAPE_COLON_FIELDS counts colons and spaces.
            (local.set $b64f (i32.ne (i32.and (local.get $f) (i32.const 2)) (i32.const 0)))
            (if (i32.and (local.get $b64f) (i32.eqz (local.get $pad)))
              (then
                (local.set $b64 (i32.add (local.get $b64) (i32.const 1)))
                (local.set $b64Classes (i32.or (local.get $b64Classes) (local.get $f))))
              (else
                (if (i32.and (i32.eq (local.get $c) (i32.const 61)) (i32.ne (local.get $b64) (i32.const 0))) ;; '='
                  (then
                    (local.set $pad (i32.const 1))
                    (local.set $b64 (i32.add (local.get $b64) (i32.const 1))))
                  (else
                    (if (local.get $b64)
                      (then
                        (if (i32.and
                              (i32.and (i32.eqz (i32.and (local.get $b64f) (local.get $pad)))
                                       (i32.ge_u (local.get $b64) (i32.const 8)))
                              (i32.and (i32.eqz (i32.and (local.get $b64) (i32.const 3)))
                                       (i32.eq (i32.and (local.get $b64Classes) (i32.const 12)) (i32.const 12))))
                          (then (local.set $shape (i32.or (local.get $shape) (i32.const 2)))))
                        (local.set $pad (i32.const 0))
                        (if (local.get $b64f)
                          (then
                            (local.set $b64 (i32.const 1))
                            (local.set $b64Classes (local.get $f)))
                          (else
                            (local.set $b64 (i32.const 0))
                            (local.set $b64Classes (i32.const 0))))))
                    (if (i32.eq (local.get $c) (i32.const 58)) ;; ':'
                      (then (local.set $colons (i32.add (local.get $colons) (i32.const 1))))
                      (else
                        (if (i32.eq (local.get $c) (i32.const 32))
                          (then (local.set $space (i32.const 1))))))))))
            (br $chars)))

        ;; End of the line: runs still open are judged as if a separator followed.
        (if (i32.and (i32.ge_u (local.get $run) (i32.const 32))
                     (i32.eq (i32.and (local.get $runClasses) (i32.const 28)) (i32.const 28)))
          (then (local.set $shape (i32.or (local.get $shape) (i32.const 1)))))
        (if (i32.and (i32.and (i32.ge_u (local.get $b64) (i32.const 8)) (i32.eqz (i32.and (local.get $b64) (i32.const 3))))
                     (i32.eq (i32.and (local.get $b64Classes) (i32.const 12)) (i32.const 12)))
          (then (local.set $shape (i32.or (local.get $shape) (i32.const 2)))))
        (if (i32.and (i32.and (i32.ge_u (local.get $colons) (i32.const 4)) (i32.eqz (local.get $space)))
                     (i32.ge_u (i32.sub (local.get $i) (local.get $start)) (i32.const 8)))
          (then (local.set $shape (i32.or (local.get $shape) (i32.const 4)))))
        (i32.store8 (local.get $o) (i32.or (i32.and (local.get $hit) (i32.const 1)) (i32.shl (local.get $shape) (i32.const 1))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1))) ;; past the newline
        (br $lines)))
    (i32.sub (local.get $o) (local.get $out)))
)
