;;; gtm-mode.el --- Major mode for GTM Plan launch plans (.gtm)  -*- lexical-binding: t; -*-

;; Part of GTM Plan (EPL-2.0).  Works with Emacs 28 (Debian 12; eglot from the elpa-eglot
;; package) and Emacs 29+ (eglot built in).

;;; Commentary:

;; Highlighting for comments, strings, keywords, dates, day 0 (T), durations and numbers, and
;; the GTM Plan language server for eglot.  Put this file on your `load-path' and add
;;
;;   (require 'gtm-mode)
;;   (setq gtm-lsp-command '("/path/to/your/clone/gtm" "lsp"))   ; default: gtm on PATH
;;   (add-hook 'gtm-mode-hook #'eglot-ensure)                    ; optional: start it always
;;
;; to your init file.  M-x eglot in a .gtm buffer starts the server by hand.  The workspace is
;; the project of the file (the Git repository holding it), else the file's folder.

;;; Code:

(defgroup gtm nil
  "GTM Plan launch plans."
  :group 'languages
  :prefix "gtm-")

(defcustom gtm-lsp-command '("gtm" "lsp")
  "The command that starts the GTM Plan language server, a program and its arguments.
Point it at your clone's gtm script, e.g. (\"/home/me/gtm-plan/gtm\" \"lsp\")."
  :type '(repeat string))

(defconst gtm-mode--declarations
  '("plan" "library" "person" "team" "holidays" "meeting" "milestone" "gate" "criterion"
    "workstream" "task" "activity" "response"))

(defconst gtm-mode--keywords
  '("package" "import" "product" "kind" "day0" "timezone" "workdays" "language" "settings"
    "launchToSaleMax" "supplyLeadTime" "companyActivitiesMax" "ownerWeeklyMax" "role" "email"
    "lead" "members" "by" "every" "week" "weeks" "month" "months" "on" "at" "for" "from" "until"
    "decidedBy" "requires" "pillar" "owner" "due" "after" "effort" "status" "note" "checklist"
    "msp" "goal" "strategy" "valueProposition" "budget" "target" "units" "level" "to" "expects"
    "within"))

(defconst gtm-mode--values
  '("newProduct" "newMarket" "feature" "kickoff" "launchEvent" "firstSale" "ga" "eol"
    "supplyForecast" "retailReadiness" "salesTraining" "websiteReady" "hotlineReady"
    "pricingApproval" "channelStock" "todo" "doing" "done" "blocked" "GTM" "PMM" "PDT" "MKT"
    "MO" "RETAIL" "SALES" "SUPPLY" "SERVICE" "FINANCE" "price" "place" "promotion" "company"
    "region" "customer" "en" "zh" "MON" "TUE" "WED" "THU" "FRI" "SAT" "SUN"))

(defvar gtm-mode-syntax-table
  (let ((st (make-syntax-table)))
    ;; // line comments and /* block comments */
    (modify-syntax-entry ?/ ". 124b" st)
    (modify-syntax-entry ?* ". 23" st)
    (modify-syntax-entry ?\n "> b" st)
    (modify-syntax-entry ?\" "\"" st)
    (modify-syntax-entry ?\\ "\\" st)
    (modify-syntax-entry ?_ "_" st)
    (modify-syntax-entry ?{ "(}" st)
    (modify-syntax-entry ?} "){" st)
    (modify-syntax-entry ?% "." st)
    ;; T-151d and GR2+20wd are three tokens each (T is day 0), not one symbol
    (modify-syntax-entry ?- "." st)
    (modify-syntax-entry ?+ "." st)
    st)
  "Syntax table of `gtm-mode'.")

(defvar gtm-mode-font-lock-keywords
  `(;; a declaration and the name it declares: task samples, gate GR2, workstream product
    (,(concat "\\_<" (regexp-opt gtm-mode--declarations t) "\\_>[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)")
     (1 font-lock-keyword-face) (2 font-lock-function-name-face))
    ;; enumeration values after their keyword: kind kickoff, status done, role GTM
    (,(concat "\\_<\\(?:kind\\|status\\|role\\|pillar\\|level\\|language\\|on\\|workdays\\)[ \t]+"
              (regexp-opt gtm-mode--values 'symbols))
     (1 font-lock-constant-face))
    ("\\_<\\(?:workdays\\)[ \t]+\\(?:\\sw+\\)[ \t]*\\.\\.[ \t]*\\(\\sw+\\)" (1 font-lock-constant-face))
    (,(regexp-opt (cons "msp" gtm-mode--keywords) 'symbols) . font-lock-keyword-face)
    ;; literals: DATE, TIME, percentages, durations, numbers; T is day 0
    ("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("\\_<[0-9]\\{1,2\\}:[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("\\_<T\\_>" . font-lock-builtin-face)
    ("\\_<[0-9]+\\(?:\\.[0-9]+\\)?%" . font-lock-constant-face)
    ("\\_<[0-9]+\\(?:wd\\|min\\|d\\|w\\|h\\)\\_>" . font-lock-constant-face)
    ("\\_<[0-9]+\\(?:\\.[0-9]+\\)?\\_>" . font-lock-constant-face)
    ("\\_<[0-9]+\\(?:\\.[0-9]+\\)?[ \t]+\\([A-Z]\\{3\\}\\)\\_>" (1 font-lock-type-face)))
  "Highlighting of `gtm-mode'; comments and strings come from the syntax table.")

;;;###autoload
(define-derived-mode gtm-mode prog-mode "GTM"
  "Major mode for GTM Plan launch plans."
  :syntax-table gtm-mode-syntax-table
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "\\(?://+\\|/\\*+\\)\\s-*")
  (setq-local font-lock-defaults '(gtm-mode-font-lock-keywords))
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 4))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.gtm\\'" . gtm-mode))

(defun gtm-mode--lsp-contact (&optional _interactive)
  "The eglot contact of the GTM Plan server: `gtm-lsp-command'."
  gtm-lsp-command)

;; The server for eglot.  With the default `gtm-lsp-command' this is
;;   (add-to-list 'eglot-server-programs '(gtm-mode . ("gtm" "lsp")))
;; but it reads the variable each time a server starts, so setting it later works too.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(gtm-mode . gtm-mode--lsp-contact)))

(provide 'gtm-mode)
;;; gtm-mode.el ends here
