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
