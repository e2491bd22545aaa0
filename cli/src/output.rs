//! Standard output and error for every command. `std::println!` panics when the reader has gone
//! (`voip-review list | head -1` closes the pipe after one line); here the command then ends
//! quietly with status 0, as other command-line tools do. The crate's `println!` and
//! `eprintln!` (lib.rs) write through these, so no command can forget.

use std::io::{ErrorKind, Write};

/// Writes one line to standard output. A closed pipe ends the program with status 0 (the
/// reader wanted no more); any other failure (a full disk) with a message and status 1.
pub fn line(args: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    let written = out
        .write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            error_line(format_args!("voip-review: cannot write the output: {e}"));
            std::process::exit(1);
        }
    }
}

/// Writes one line to standard error; if even that is closed there is nowhere left to say so.
pub fn error_line(args: std::fmt::Arguments) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}
