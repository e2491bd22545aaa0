fn main() -> std::process::ExitCode {
    voip_review_cli::run_from_args(std::env::args_os())
}
