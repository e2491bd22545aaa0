//! `calc bandwidth`: the bandwidth N concurrent calls need, against the measured line.

use super::{Output, emit};
use crate::{arg, say};
use clap::Args;
use serde::Serialize;
use voip_review_core::Error;
use voip_review_core::calc::bandwidth::{self, LineInput, LinkLayer, Overhead};
use voip_review_core::calc::trim_number;
use voip_review_core::i18n::{Lang, format, msg};

#[derive(Args)]
pub struct BandwidthArgs {
    #[arg(long, value_parser = ["g711", "g722", "g729", "ilbc", "opus"], default_value = "g711")]
    codec: String,
    /// Concurrent calls at the busiest time (0–10000).
    #[arg(long, allow_negative_numbers = true)]
    calls: i64,
    /// Packetisation interval, ms (default: the codec's usual 20 ms): 10, 20, 30 or 40; iLBC
    /// 20, 30 (its 13.33 kbit/s mode) or 40; Opus 10, 20 or 40.
    #[arg(long)]
    ptime: Option<u32>,
    /// Bit rate for Opus, bit/s.
    #[arg(long)]
    bit_rate: Option<u32>,
    /// Concurrent video meetings.
    #[arg(long, default_value_t = 0)]
    video: u32,
    #[arg(long, default_value_t = bandwidth::DEFAULT_VIDEO_KBPS)]
    video_kbps: u32,
    /// Measured upload, Mbps.
    #[arg(long)]
    up: Option<f64>,
    /// Measured download, Mbps.
    #[arg(long)]
    down: Option<f64>,
    /// Share of the line kept free for other traffic, percent.
    #[arg(long, default_value_t = 20.0)]
    headroom: f64,
    /// Compressed RTP headers (2 bytes); needs --link ppp or mlppp.
    #[arg(long)]
    crtp: bool,
    /// Compressed RTP header size, 2 or 4 bytes (4 with UDP checksums); implies --crtp.
    #[arg(long, value_parser = ["2", "4"])]
    crtp_bytes: Option<String>,
    /// No link-layer header (same as --link ip).
    #[arg(long, conflicts_with_all = ["link", "vlan"])]
    no_ethernet: bool,
    /// Ethernet with an 802.1Q VLAN tag (same as --link 802.1q).
    #[arg(long, conflicts_with = "link")]
    vlan: bool,
    /// The link the calls cross: ip (no header), ethernet, 802.1q, ppp, or mlppp (Multilink
    /// PPP or Frame Relay FRF.12). Default: ethernet.
    #[arg(long, value_parser = ["ip", "ethernet", "802.1q", "ppp", "mlppp"])]
    link: Option<String>,
    /// Measured one-way latency, ms.
    #[arg(long)]
    latency: Option<f64>,
    /// Measured jitter, ms.
    #[arg(long)]
    jitter: Option<f64>,
    /// Measured packet loss, percent.
    #[arg(long)]
    loss: Option<f64>,
    #[command(flatten)]
    out: Output,
}

/// A measured value with its unit: "3 ms", "0.1 %" / "0.1%".
fn with_unit(lang: Lang, value: f64, unit: &str) -> String {
    match (lang, unit) {
        (Lang::ZhHans, "%") => format::percent(lang, &trim_number(value)),
        _ => format!("{} {unit}", trim_number(value)),
    }
}

pub(super) fn bandwidth(
    BandwidthArgs {
        codec,
        calls,
        ptime,
        bit_rate,
        video,
        video_kbps,
        up,
        down,
        headroom,
        crtp,
        crtp_bytes,
        no_ethernet,
        vlan,
        link,
        latency,
        jitter,
        loss,
        out,
    }: BandwidthArgs,
    lang: Lang,
) -> Result<(), Error> {
    let calls = voip_review_core::calc::check_range(
        "--calls",
        msg::CALC_LABEL_PEAK_CALLS,
        calls,
        0,
        10_000,
        msg::CALC_UNIT_CALLS,
    )?;
    let mut input = LineInput::new(&codec, calls as u32);
    input.ptime_ms = ptime;
    input.bit_rate_bps = bit_rate;
    input.concurrent_video = video;
    input.video_kbps = video_kbps;
    input.measured_up_mbps = up;
    input.measured_down_mbps = down;
    input.headroom_percent = headroom;
    let link = match link.as_deref() {
        Some("ip") => LinkLayer::IpOnly,
        Some("802.1q") => LinkLayer::Ethernet8021q,
        Some("ppp") => LinkLayer::Ppp,
        Some("mlppp") => LinkLayer::MlpppFrf12,
        Some(_) => LinkLayer::Ethernet,
        None if vlan => LinkLayer::Ethernet8021q,
        None if no_ethernet => LinkLayer::IpOnly,
        None => LinkLayer::Ethernet,
    };
    let crtp_bytes = crtp_bytes.and_then(|b| b.parse::<u32>().ok());
    input.overhead = Overhead {
        link,
        crtp_header_bytes: if crtp || crtp_bytes.is_some() {
            Some(crtp_bytes.unwrap_or(2))
        } else {
            None
        },
    };
    let line = bandwidth::check_line(&input)?;
    let quality = bandwidth::check_quality(latency, jitter, loss);
    #[derive(Serialize)]
    struct Both<'a> {
        line: &'a bandwidth::LineCheck,
        quality: &'a [bandwidth::QualityCheck],
    }
    emit(
        out.json,
        &Both {
            line: &line,
            quality: &quality,
        },
        || {
            let mbps = |bps: f64| arg(format!("{:.3}", bps / 1e6));
            let percent = |number: String| arg(format::percent(lang, &number));
            let codec_name = bandwidth::codec(&codec)
                .map_or_else(|| line.codec_name.clone(), |c| c.name_in(lang));
            let mut lines = vec![
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_LINE,
                    &[
                        ("codec", arg(codec_name)),
                        (
                            "rate",
                            arg(trim_number((line.bit_rate_bps / 10.0).round() / 100.0)),
                        ),
                        ("ptime", arg(line.ptime_ms)),
                        ("link", arg(line.link.label_in(lang))),
                        ("payload", arg(trim_number(line.payload_bytes))),
                        ("headers", arg(line.overhead_bytes)),
                        (
                            "pps",
                            arg(trim_number(
                                (line.packets_per_second * 100.0).round() / 100.0,
                            )),
                        ),
                        ("percall", arg(format!("{:.1}", line.per_call_bps / 1000.0))),
                    ],
                ),
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_TOTAL,
                    &[
                        ("calls", arg(calls)),
                        ("voice", mbps(line.voice_bps)),
                        ("video", mbps(line.video_bps)),
                        ("total", mbps(line.needed_bps)),
                    ],
                ),
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_RULE_OF_THUMB,
                    &[
                        ("typical", mbps(line.rule_of_thumb_bps)),
                        ("conservative", mbps(line.conservative_rule_bps)),
                    ],
                ),
            ];
            if let Some(u) = line.upload_use_percent {
                let key = if u > 80.0 {
                    msg::CLI_CALC_BANDWIDTH_UPLOAD_FIX
                } else {
                    msg::CLI_CALC_BANDWIDTH_UPLOAD
                };
                lines.push(say(
                    lang,
                    key,
                    &[
                        ("use", percent(format!("{u:.1}"))),
                        ("headroom", percent(format!("{:.1}", 100.0 - u))),
                    ],
                ));
            }
            if let Some(d) = line.download_use_percent {
                lines.push(say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_DOWNLOAD,
                    &[("use", percent(format!("{d:.1}")))],
                ));
            }
            if let Some(max) = line.max_calls_at_headroom {
                lines.push(say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_MAX_CALLS,
                    &[
                        ("headroom", percent(trim_number(headroom))),
                        ("max", arg(max)),
                    ],
                ));
            }
            for q in &quality {
                let key = if q.within {
                    msg::CLI_CALC_BANDWIDTH_WITHIN
                } else {
                    msg::CLI_CALC_BANDWIDTH_OVER
                };
                lines.push(say(
                    lang,
                    key,
                    &[
                        ("metric", arg(q.metric_in(lang))),
                        ("value", arg(with_unit(lang, q.value, &q.unit))),
                        ("limit", arg(with_unit(lang, q.limit, &q.unit))),
                        ("source", arg(q.source_in(lang))),
                    ],
                ));
            }
            lines.join("\n")
        },
    )
}
