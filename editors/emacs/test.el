;;; test.el --- batch test of gtm-mode.el and eglot with gtm lsp  -*- lexical-binding: t; -*-
;; Run by test.sh: emacs --batch -l test.el (batch implies no init file; Debian's site-start,
;; which activates the elpa-* packages, still runs).  GTM_REPO is the clone, GTM_WS the workspace
;; holding phone-launch.gtm (one owner made unknown) and org.gtm.

(require 'package)
(package-initialize)                    ; Debian's elpa-eglot on Emacs 28; built in on 29+
(require 'eglot)
(require 'flymake)

(defvar gtm-test-passed 0)
(defvar gtm-test-failed 0)
(defun gtm-test-check (name ok &optional detail)
  (if ok
      (progn (setq gtm-test-passed (1+ gtm-test-passed)) (princ (format "PASS %s\n" name)))
    (setq gtm-test-failed (1+ gtm-test-failed))
    (princ (format "FAIL %s%s\n" name (if detail (format ": %s" detail) "")))))

(defun gtm-test-finish ()
  (princ (format "%d passed, %d failed\n" gtm-test-passed gtm-test-failed))
  (kill-emacs (if (= gtm-test-failed 0) 0 1)))

(let* ((repo (getenv "GTM_REPO"))
       (ws (file-name-as-directory (getenv "GTM_WS")))
       (wait (string-to-number (or (getenv "GTM_WAIT_S") "60"))))
  (load (expand-file-name "editors/emacs/gtm-mode.el" repo) nil t)
  (setq gtm-lsp-command (list (expand-file-name "gtm" repo) "lsp"))
  (find-file (expand-file-name "phone-launch.gtm" ws))
  (gtm-test-check "auto-mode-alist opens .gtm in gtm-mode" (eq major-mode 'gtm-mode) major-mode)

  ;; Font-lock: the face at the first occurrence of TEXT after the line matching LINE.
  (font-lock-ensure)
  (cl-flet ((face-at (line text)
              (save-excursion
                (goto-char (point-min))
                (when (and (re-search-forward line nil t)
                           (progn (beginning-of-line) (search-forward text (line-end-position) t)))
                  (get-text-property (match-beginning 0) 'face)))))
    (dolist (c '(("^// A consumer" "A consumer" font-lock-comment-face)
                 ("plan MateX" "全球上市" font-lock-string-face)
                 ("plan MateX" "plan" font-lock-keyword-face)
                 ("plan MateX" "MateX" font-lock-function-name-face)
                 ("task priceBand" "due" font-lock-keyword-face)
                 ("task priceBand" "done" font-lock-constant-face)
                 ("day0 2026" "2026-09-08" font-lock-constant-face)
                 ("gate GR2" "T-151d" font-lock-builtin-face)
                 ("gate GR2" "151d" font-lock-constant-face)
                 ("meeting pctWeekly" "10:00" font-lock-constant-face)
                 ("target share" "18%" font-lock-constant-face)))
      (let ((face (face-at (nth 0 c) (nth 1 c))))
        (gtm-test-check (format "font-lock %s on `%s'" (nth 2 c) (nth 1 c))
                        (if (listp face) (memq (nth 2 c) face) (eq face (nth 2 c)))
                        face))))

  ;; eglot, the way a user's (add-hook 'gtm-mode-hook #'eglot-ensure) starts it: eglot-ensure
  ;; connects after the next command, simulated here by running post-command-hook.
  (setq eglot-sync-connect wait eglot-connect-timeout wait)
  (eglot-ensure)
  (run-hooks 'post-command-hook)
  (let ((server (eglot-current-server)))
    (gtm-test-check "eglot connected to gtm lsp" server)
    (unless server (gtm-test-finish))
    (gtm-test-check "eglot's project is the workspace"
                    (equal (file-truename (project-root (eglot--project server))) (file-truename ws))
                    (project-root (eglot--project server))))
  (let ((deadline (+ (float-time) wait)) found)
    (while (and (not found) (< (float-time) deadline))
      (run-hooks 'post-command-hook)       ; lets flymake start its deferred check
      (accept-process-output nil 0.2)
      (setq found (seq-find (lambda (d) (string-match-p "unresolved-reference" (flymake-diagnostic-text d)))
                            (flymake-diagnostics))))
    (princ (format "flymake diagnostics:\n%s"
                   (mapconcat (lambda (d) (format "  %d: %s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                                                  (flymake-diagnostic-text d)))
                              (flymake-diagnostics) "")))
    (gtm-test-check "flymake shows unresolved-reference" found)
    (gtm-test-check "on the bobby line"
                    (and found (save-excursion (goto-char (flymake-diagnostic-beg found))
                                               (string-match-p "owner bobby" (thing-at-point 'line t))))))

  ;; Hover on T-32d of gate GR4 (eglot computes the UTF-16 column: the line has Chinese).
  (goto-char (point-min))
  (re-search-forward "gate GR4.* at \\(T-32d\\)")
  (goto-char (1+ (match-beginning 1)))
  (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents))
         (text (cond ((stringp contents) contents)
                     ((plist-get contents :value))
                     (t (format "%S" contents)))))
    (princ (format "hover: %s\n" text))
    (gtm-test-check "hover on T-32d mentions Fri 2026-08-07" (string-match-p "Fri 2026-08-07" text)))

  (ignore-errors (eglot-shutdown (eglot-current-server) nil 5))
  (gtm-test-finish))
