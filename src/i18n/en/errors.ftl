# The core's error messages (src/error.rs, the store, files). Owned by the i18n-errors part.
# Ids start with "error-".

error-review-not-found = No review with id { $id } exists (it may have been deleted).
error-database-too-new = The database at { $path } was written by a newer version of VoIP Contract Review (schema { $found }; this version understands up to { $supported }). It has not been changed. Update the app, or choose another database file.
error-database-damaged = The database at { $path } is damaged ({ $reason }). It has been moved aside to { $moved_to } and nothing in it was changed. Restore the latest automatic backup, or start with an empty database.
error-database-open = Could not open the database at { $path }: { $reason }
error-database-in-use = { $action } needs the database at { $path } to itself, but { $holder }. Nothing was changed; close it and try again.
error-corrupt = Stored data could not be read: { $what }
error-disk-full = The disk holding your reviews is full, so this change was not saved; everything saved before is intact. Free some space and try again.
error-read-only = Your reviews' folder is read-only, so this change was not saved; everything saved before is intact. Check the folder's permissions.
error-cannot-open = The database file cannot be opened: { $detail }
error-database = Database error: { $detail }

# Operating-system failures, as the Chinese messages name them (English keeps the system's words).
error-io-not-found = No such file or directory
error-io-permission-denied = Permission denied
error-io-already-exists = File exists
error-io-storage-full = No space left on device
error-io-read-only = Read-only file system

# Who holds the database's lock, and what needed it.
error-lock-action-opening = Opening it
error-lock-action-moving-damaged = Moving the damaged database aside
error-lock-action-upgrading = Upgrading the database to this version
error-lock-action-restoring = Restoring a backup
error-lock-holder-restoring = another program is restoring or upgrading it
error-lock-holder-open = another program has it open (the VoIP Contract Review app or the voip-review command)

# What a file operation was doing when it failed: "<this>: <path>: <reason>".
error-io-lock-file = Could not open the database's lock file
error-io-lock = Could not lock the database
error-io-create-database = Could not create the database
error-io-flush-folder = Could not flush the folder to disk
error-io-create-data-folder = Could not create the data folder
error-io-read-permissions = Could not read the permissions of
error-io-make-private = Could not make this private to the user
error-io-folder-missing = The folder does not exist
error-io-write-folder = Could not write to the folder
error-io-write-file = Could not write the file
error-io-flush-file = Could not flush the file to disk
error-io-move-into-place = Could not move the file into place
error-io-read-backups = Could not read the backups folder
error-io-write-backup = Could not write a backup in
error-io-flush-backup = Could not flush the backup to disk
error-io-finish-backup = Could not finish the backup
error-io-move-damaged = Could not move the damaged database aside
error-io-write-data-folder = Could not write in the data folder
error-io-flush-restored = Could not flush the restored database to disk
error-io-backup-missing = The backup was taken but cannot be found in
error-io-read-review-file = Could not read the review file
error-io-put-restored = Could not put the restored database in place
error-io-read-contract = Could not read the contract

# The store's refusals.
error-label-competing-quotes = Competing quotes
error-rule-max-quotes = a review holds at most { $max }; remove one first
error-rule-quote-not-found = no quote with id { $id } belongs to this review (it may have been removed)
error-label-page = Page
error-rule-page = must be “{ $context }”, “{ $summary }” or an area of the review
error-label-backup = Backup
error-rule-backup-unknown = { $backup } is not one of this database's backups in { $dir }; restore only from that list (`voip-review backups`, or Backups in the app)
error-rule-backup-damaged = { $backup } cannot be restored: { $reason }
error-label-area = Area
error-rule-not-an-area = "{ $value }" is not one of the ten areas
error-rule-months-number = must be a number of months
error-rule-already-answered = already has a different answer; choose "Replace my answer" to use the contract's value

# The pace of destructive commands: "Restore: at most 3 restores in 10 minutes, …".
error-label-restore = Restore
error-label-purge = Delete for good
error-rule-pace = at most { $count } in { $window }, to protect your data; try again in { $wait }
error-pace-restores = { $n ->
        [one] { $n } restore
       *[other] { $n } restores
    }
error-pace-purges = { $n ->
        [one] { $n } review deleted for good
       *[other] { $n } reviews deleted for good
    }
error-span-seconds = { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
error-span-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }

# Review files that cannot be imported: "Review file: <where>: <rule>".
error-label-review-file = Review file
error-file-at = { $path }: { $rule }
error-file-at-field = { $path } ({ $label }): { $rule }
error-file-too-large = the file is { $size } bytes; a review file is at most { $max }
error-file-larger-than = the file is larger than { $max } bytes, the most a review file can be
error-file-not-utf8 = is not UTF-8 text (byte { $byte })
error-file-not-json = is not valid JSON (line { $line }, column { $column }: { $detail })
error-file-duplicate-key = appears twice in the same object; a review file states each field once
error-file-not-object = must be a JSON object
error-file-format-wrong = must be "{ $format }", not "{ $value }"
error-file-format-missing = is required and must be "{ $format }"
error-file-version-missing = is required and must be a whole number
error-file-version-newer = this file uses format version { $version }, newer than this app understands ({ $supported }); update VoIP Contract Review to open it
error-file-version-zero = must be 1 or more
error-file-signed-on-early = appears in a format version { $version } file; the signature date was added in format version 4
error-file-name-length = must be 1 to 300 characters
error-file-sha256 = must be 64 hexadecimal digits (a SHA-256)
error-file-true-false = must be true or false
error-file-not-regular = { $path } is not a regular file (it is a folder, pipe or device); choose a review file saved by the app
error-file-area-twice = "{ $value }" appears more than once
error-file-not-a-question = is not a question of the template
error-file-max-quotes = holds at most { $max } quotes

# The contract reader's refusals: "<file name>: cannot be read: <why>. Nothing was changed."
error-contract-refused = cannot be read: { $why }. Nothing was changed.
error-contract-stopped = reading was stopped
error-contract-too-large = it is { $size } MB, more than the { $max } MB a contract file may be
error-contract-damaged-pdf = it is a damaged PDF
error-contract-scan = it has no text layer (it looks like a scan). Ask the provider for the contract as a PDF with text, a DOCX, or paste the text
error-contract-no-text = it contains no text
error-contract-paste-too-long = the pasted text is longer than 50 MB
error-label-pasted-text = Pasted text
error-contract-paste-empty = is empty: paste the contract's text first
error-contract-not-a-document = it is not a text, DOCX or PDF file (choose the contract as PDF, DOCX or plain text)
error-contract-docx-damaged = its text part is damaged ({ $detail })
error-contract-docx-deep = its text part is nested more than { $max } levels deep
error-contract-encrypted = it is encrypted (password-protected). Ask the provider for an unprotected copy, or paste the text
error-contract-unreadable-pdf = it is not a readable PDF ({ $detail })
error-contract-too-many-pages = it has { $pages } pages, more than { $max }
error-contract-page-unreadable = page { $page } cannot be read ({ $detail })
