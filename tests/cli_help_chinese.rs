//! The command line's help and usage errors follow its language (`--lang`, else the locale):
//! Chinese under a Chinese locale, English with `--lang en`, exit codes as clap gives them.

use std::process::{Command, Output};

/// The CLI under `locale`, with no other locale variable to win over LANG and no colours.
fn cli(locale: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    cmd
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    (out, stdout, stderr)
}

/// The help printed for `args`, which must succeed.
fn help(cmd: &mut Command) -> String {
    let (out, stdout, stderr) = run(cmd);
    assert!(out.status.success(), "{stderr}");
    stdout
}

#[test]
fn the_top_level_help_is_chinese_under_a_chinese_locale() {
    let text = help(cli("zh_CN.UTF-8").arg("--help"));
    for line in [
        "在命令行中审查企业 VoIP 合同",
        "用法：voip-review [OPTIONS] <COMMAND>",
        "命令：",
        "选项：",
        "  export-pdf       把审查的签字确认摘要写成 PDF",
        "  help             显示本帮助，或所给子命令的帮助",
        "      --db <PATH>    数据库文件。默认：$VOIP_REVIEW_DB，否则用应用自己的数据库",
        "  -h, --help         显示帮助",
        "  -V, --version      显示版本",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Print help",
        "Database file",
    ] {
        assert!(!text.contains(english), "{english:?} left in:\n{text}");
    }
    // LC_ALL wins over LANG, as for the rest of the output; `help` prints the same page.
    let mut by_lc_all = cli("en_US.UTF-8");
    by_lc_all.env("LC_ALL", "zh_CN.UTF-8").arg("--help");
    assert_eq!(help(&mut by_lc_all), text);
    assert_eq!(help(cli("zh_CN.UTF-8").arg("help")), text);
}

#[test]
fn a_command_s_help_is_chinese_with_its_arguments_defaults_and_choices() {
    let text = help(cli("zh_CN.UTF-8").args(["export-pdf", "--help"]));
    for line in [
        "把审查的签字确认摘要写成 PDF",
        "用法：voip-review export-pdf [OPTIONS] <ID>",
        "参数：",
        "  <ID>  审查的编号（见 `list`）",
        "      --paper <PAPER>  纸张大小。默认：应用的设置，否则取区域设置（美国为 Letter） \
         [可选值：a4, letter]",
        "      --force          FILE 已存在时覆盖它",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    assert!(!text.contains("possible values"), "{text}");
    // --lang on the command line picks the language over the locale.
    let english = help(cli("en_US.UTF-8").args(["export-pdf", "--lang", "zh-Hans", "--help"]));
    assert_eq!(english, text);
}

#[test]
fn a_calculator_s_long_help_is_chinese_paragraph_by_paragraph() {
    let text = help(cli("zh_CN.UTF-8").args(["calc", "credit", "--help"]));
    for line in [
        "按分档服务积分表，计算一次故障应得的服务积分。",
        "用法：voip-review calc credit [OPTIONS] --tier <UPTIME:CREDIT> \
         --outage-minutes <OUTAGE_MINUTES> --monthly <MONTHLY>",
        "      --tier <UPTIME:CREDIT>",
        "          一档，写成 UPTIME:CREDIT，例如 99.9:10（可用性低于 99.9%，服务积分 10%）。可重复给出",
        "          [默认值：USD]",
        "          [可选值：day, week, month, quarter, year]",
        "          显示帮助（用 '-h' 只看摘要）",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    // The second paragraph, one line: the file's wrapped lines are joined without spaces.
    assert!(
        text.lines()
            .any(|l| l.starts_with("计量周期的可用性低于") && l.ends_with("即对您最不利的情况。")),
        "{text}"
    );
    // -h: the summary, with the default after the help as clap puts it.
    let short = help(cli("zh_CN.UTF-8").args(["calc", "credit", "-h"]));
    assert!(
        short
            .lines()
            .any(|l| l.ends_with("[默认值：month] [可选值：day, week, month, quarter, year]")),
        "{short}"
    );
    assert!(
        short
            .lines()
            .any(|l| l.ends_with("显示帮助（用 '--help' 查看完整说明）")),
        "{short}"
    );
}

#[test]
fn lang_en_under_a_chinese_locale_keeps_clap_s_english_help() {
    let top = help(cli("zh_CN.UTF-8").args(["--lang", "en", "--help"]));
    assert!(
        top.starts_with("Review business VoIP contracts from the command line\n"),
        "{top}"
    );
    assert!(
        top.contains("\nUsage: voip-review [OPTIONS] <COMMAND>\n"),
        "{top}"
    );
    assert!(
        top.contains("\nCommands:\n") && top.contains("\nOptions:\n"),
        "{top}"
    );
    assert!(
        !top.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{top}"
    );

    let credit = help(cli("zh_CN.UTF-8").args(["--lang=en", "calc", "credit", "--help"]));
    assert!(
        credit.starts_with("Service credit owed for an outage under a tiered credit table.\n"),
        "{credit}"
    );
    assert!(credit.contains("          [possible values: day, week, month, quarter, year]\n"));
    // Byte for byte what an English locale gets.
    assert_eq!(help(cli("C").args(["calc", "credit", "--help"])), credit);
}

#[test]
fn usage_errors_are_chinese_name_the_flag_and_exit_with_2() {
    // A missing required option.
    let (out, stdout, stderr) = run(cli("zh_CN.UTF-8").args([
        "calc",
        "credit",
        "--outage-minutes",
        "90",
        "--monthly",
        "342.00",
    ]));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("错误：缺少以下必需的参数：\n  --tier <UPTIME:CREDIT>\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n用法：voip-review calc credit --tier <UPTIME:CREDIT>"),
        "{stderr}"
    );
    assert!(stderr.ends_with("\n详细说明请运行 --help。\n"), "{stderr}");

    // An unknown flag, with clap's suggestion.
    let (out, _, stderr) = run(cli("zh_CN.UTF-8").args(["list", "--jsn"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.starts_with("错误：无法识别的参数“--jsn”\n\n  提示：有相近的参数：“--json”\n"),
        "{stderr}"
    );

    // A value outside the choices, and a number that is not one.
    let (out, _, stderr) = run(cli("zh_CN.UTF-8").args(["export-pdf", "1", "--paper", "a5"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.starts_with("错误：“--paper <PAPER>”的值“a5”无效\n  [可选值：a4, letter]\n"),
        "{stderr}"
    );
    let (out, _, stderr) = run(cli("zh_CN.UTF-8").args(["calc", "downtime", "--uptime", "ninety"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.starts_with("错误：“--uptime <UPTIME>”的值“ninety”无效：必须是数字\n"),
        "{stderr}"
    );
    let (out, _, stderr) = run(cli("zh_CN.UTF-8").args(["--lang", "fr", "list"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.starts_with("错误：“--lang <LANG>”的值“fr”无效：语言：“fr”"),
        "{stderr}"
    );

    // The same mistake with --lang en is clap's English, with the same exit code.
    let (out, _, stderr) = run(cli("zh_CN.UTF-8").args(["--lang", "en", "list", "--jsn"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.starts_with("error: unexpected argument '--jsn' found\n"),
        "{stderr}"
    );
}
