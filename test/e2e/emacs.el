;;; emacs.el --- End-to-end test of the language server in Emacs with eglot -*- lexical-binding: t; coding: utf-8 -*-

;; Set up only by the README's eglot snippet (emacs.mjs copies it from README.md into init.el and
;; puts a `biotech-annotator-ls' on PATH as `npm install -g' would), in batch mode:
;;
;;   cd /tmp/ws && PATH=/tmp/bin:$PATH emacs --batch -l /tmp/init.el -l test/e2e/emacs.el
;;
;; This file starts no server itself: it visits files as a user would and checks what the
;; snippet's server does. Batch Emacs has no command loop, so after visiting a file, and while
;; waiting, it runs `post-command-hook' as the loop does after each command of a user at work
;; (that is where `eglot-ensure' connects and Flymake starts its checks). The current folder holds copies of seeds/*.txt. Prints one "PASS emacs: name" or
;; "FAIL emacs: name: why" line per check and exits 0 only when all passed.

(require 'cl-lib)
(require 'subr-x)

(defvar biotech-e2e-wait (string-to-number (or (getenv "BIOTECH_E2E_EMACS_WAIT_S") "20")))
(defvar biotech-e2e-passes 0)
(defvar biotech-e2e-failures 0)

(defun biotech-e2e-out (line)
  (princ (concat line "\n")))

(defmacro biotech-e2e-check (name &rest body)
  "Run BODY; a signalled error is a failure of the check NAME."
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (cl-incf biotech-e2e-passes)
              (biotech-e2e-out (concat "PASS emacs: " ,name)))
     (error
      (cl-incf biotech-e2e-failures)
      (biotech-e2e-out (format "FAIL emacs: %s: %s" ,name
                               (replace-regexp-in-string "\n" " " (error-message-string err)))))))

(defun biotech-e2e-wait-for (what pred)
  "Wait up to `biotech-e2e-wait' seconds for PRED, serving processes and timers, a command ending
every 0.1 s in the current buffer; error with WHAT."
  (let ((deadline (+ (float-time) biotech-e2e-wait)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.1)
      (run-hooks 'post-command-hook))
    (or (funcall pred) (error "%s within %s s" what biotech-e2e-wait))))

(defun biotech-e2e-visit (name)
  "Visit NAME in the current folder as C-x C-f does (shown in the window), then end the command."
  (let ((buf (find-file (expand-file-name name default-directory))))
    (run-hooks 'post-command-hook)
    buf))

(defun biotech-e2e-server (buf)
  (with-current-buffer buf (and (bound-and-true-p eglot--managed-mode) (eglot-current-server))))

(defun biotech-e2e-servers ()
  "Every eglot server running, in every project."
  (let (all)
    (maphash (lambda (_project servers) (setq all (append servers all))) eglot--servers-by-project)
    (cl-remove-if-not #'jsonrpc-running-p all)))

(defun biotech-e2e-wait-managed (buf)
  (biotech-e2e-wait-for
   (format "no eglot server managing %s (major mode %s; servers: %d)" (buffer-name buf)
           (buffer-local-value 'major-mode buf) (length (ignore-errors (biotech-e2e-servers))))
   (lambda () (biotech-e2e-server buf))))

(defconst biotech-e2e-seed "001-alligator-mitazalimab.txt")
(defvar biotech-e2e-buf nil)
(defvar biotech-e2e-first-server nil)

;; 1. The snippet as the README prints it: a .txt file opens in text-mode, whose hook connects.
(biotech-e2e-check "README eglot set-up: a .txt file starts the server and is managed"
  (setq biotech-e2e-buf (biotech-e2e-visit biotech-e2e-seed))
  (unless (eq (buffer-local-value 'major-mode biotech-e2e-buf) 'text-mode)
    (error "%s is in %s, not text-mode" biotech-e2e-seed (buffer-local-value 'major-mode biotech-e2e-buf)))
  (biotech-e2e-wait-managed biotech-e2e-buf)
  (setq biotech-e2e-first-server (biotech-e2e-server biotech-e2e-buf)))

(biotech-e2e-check "diagnostics in Flymake: 4 mixed-micro-sign"
  (with-current-buffer biotech-e2e-buf
    (let ((micro (lambda ()
                   (cl-remove-if-not (lambda (d) (string-match-p "micro sign" (flymake-diagnostic-text d)))
                                     (flymake-diagnostics)))))
      (biotech-e2e-wait-for (format "fewer than 4 micro-sign diagnostics (%d diagnostics in all)" (length (flymake-diagnostics)))
                            (lambda () (>= (length (funcall micro)) 4)))
      (let* ((found (funcall micro))
             (lines (sort (mapcar (lambda (d) (line-number-at-pos (flymake-diagnostic-beg d))) found) #'<)))
        (unless (= (length found) 4) (error "expected exactly 4, got %d" (length found)))
        (unless (equal lines '(16 17 17 17)) (error "lines are %S" lines))
        (dolist (d found)
          (unless (eq (flymake-diagnostic-type d) 'eglot-note)
            (error "type is %s, not eglot-note (information)" (flymake-diagnostic-type d))))))))

(biotech-e2e-check "hover on mitazalimab, Markdown without needless escapes"
  (with-current-buffer biotech-e2e-buf
    (goto-char (point-min))
    (unless (search-forward "mitazalimab" (line-end-position) t) (error "mitazalimab is not on line 1"))
    (backward-char 3)
    (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                   (eglot--TextDocumentPositionParams)))
           (contents (and hover (plist-get hover :contents)))
           (text (if (stringp contents) contents (or (plist-get contents :value) ""))))
      (dolist (want '("**mitazalimab**" "drug" "CD40" "ORR 54.4 % (900 µg/kg)"))
        (unless (string-search want text) (error "hover lacks %S: %s" want text))))))

;; 2. A second file: the same server manages it.
(biotech-e2e-check "README eglot set-up: one server for two files"
  (unless biotech-e2e-first-server (error "no server on the first file"))
  (let ((other (biotech-e2e-visit "002-lotte-biologics-jankistomig.txt")))
    (biotech-e2e-wait-managed other)
    (unless (eq (biotech-e2e-server other) biotech-e2e-first-server)
      (error "the second file has a server of its own"))
    (let ((n (length (biotech-e2e-servers))))
      (unless (= n 1) (error "%d servers are running" n)))))

;; Shut the server down and wait for it, so no process outlives this editor.
(dolist (server (ignore-errors (biotech-e2e-servers)))
  (ignore-errors (eglot-shutdown server)))

(biotech-e2e-out (format "emacs: %d passed, %d failed" biotech-e2e-passes biotech-e2e-failures))
(kill-emacs (if (> biotech-e2e-failures 0) 1 0))
