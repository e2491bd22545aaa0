//! The bandwidth area: whether the office's line carries the calls.

use super::*;

/// Above this share of the measured upload, the line is to be fixed before go-live.
pub(super) const UPLOAD_FIX_PERCENT: f64 = 80.0;

/// The link the calls cross, from the answer: the layer-2 header and whether RTP headers are
/// compressed (PPP and MLPPP only). Unanswered or "not sure": Ethernet, the usual office line.
pub(super) fn link_overhead(a: &Answers) -> (Overhead, bool) {
    let (link, crtp) = match a.choice("bandwidth.link_layer") {
        Some("ethernet") => (LinkLayer::Ethernet, false),
        Some("ethernet_8021q") => (LinkLayer::Ethernet8021q, false),
        Some("ppp") => (LinkLayer::Ppp, false),
        Some("ppp_crtp") => (LinkLayer::Ppp, true),
        Some("mlppp") => (LinkLayer::MlpppFrf12, false),
        Some("mlppp_crtp") => (LinkLayer::MlpppFrf12, true),
        _ => return (Overhead::default(), true),
    };
    (
        Overhead {
            link,
            // Cisco's per-call table counts 2-byte compressed headers.
            crtp_header_bytes: crtp.then_some(2),
        },
        false,
    )
}

/// What the calls need from the line, and its quality.
pub(super) fn bandwidth(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, lang) = (&cx.a, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let needed_label = &text(lang, msg::INSIGHTS_BANDWIDTH_LABEL);
    if let Some(calls) = a.whole("bandwidth.peak_concurrent_calls") {
        let codec_id = match a.choice("bandwidth.codec") {
            Some(id) if bandwidth::codec(id).is_some() => id,
            _ => "g711",
        };
        let mut input = LineInput::new(codec_id, calls);
        input.concurrent_video = a.whole("bandwidth.concurrent_video").unwrap_or(0);
        input.measured_up_mbps = a.number("bandwidth.measured_up_mbps");
        input.measured_down_mbps = a.number("bandwidth.measured_down_mbps");
        input.ptime_ms = a
            .choice("bandwidth.packetisation_ms")
            .and_then(|p| p.parse().ok());
        let (overhead, link_assumed) = link_overhead(a);
        input.overhead = overhead;
        match bandwidth::check_line(&input) {
            Ok(line) => {
                let codec_name = bandwidth::codec(codec_id)
                    .map_or_else(|| line.codec_name.clone(), |c| c.name_in(lang));
                let mut value = say(
                    msg::INSIGHTS_BANDWIDTH_VALUE,
                    &[
                        ("calls", Arg::from(calls)),
                        ("codec", Arg::from(codec_name.clone())),
                        ("voice", Arg::from(mbps(line.voice_bps))),
                    ],
                );
                if input.concurrent_video > 0 {
                    value = say(
                        msg::INSIGHTS_BANDWIDTH_VIDEO,
                        &[
                            ("value", Arg::from(value)),
                            ("video", Arg::from(mbps(line.video_bps))),
                            ("meetings", Arg::from(input.concurrent_video)),
                        ],
                    );
                }
                let tone = match (line.upload_use_percent, input.measured_up_mbps) {
                    (Some(u), Some(up)) => {
                        value = say(
                            msg::INSIGHTS_BANDWIDTH_HEADROOM,
                            &[
                                ("value", Arg::from(value)),
                                ("up", Arg::from(trim_number(up))),
                                (
                                    "headroom",
                                    Arg::from(format!(
                                        "{:.0}",
                                        line.upload_headroom_percent.unwrap_or(0.0).max(0.0)
                                    )),
                                ),
                            ],
                        );
                        if u > UPLOAD_FIX_PERCENT {
                            value = say(
                                msg::INSIGHTS_BANDWIDTH_FIX,
                                &[
                                    ("value", Arg::from(value)),
                                    ("share", Arg::from(format!("{u:.0}"))),
                                ],
                            );
                            Tone::Bad
                        } else if u > 50.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        }
                    }
                    (None, Some(_)) => {
                        value = say(
                            msg::INSIGHTS_BANDWIDTH_ZERO_UPLOAD,
                            &[("value", Arg::from(value))],
                        );
                        Tone::Bad
                    }
                    _ => Tone::Info,
                };
                let crtp = overhead.crtp_header_bytes.is_some();
                let link = overhead.link.label_in(lang);
                let mut detail = say(
                    msg::INSIGHTS_BANDWIDTH_DETAIL,
                    &[
                        ("percall", Arg::from(kbps(line.per_call_bps))),
                        ("payload", Arg::from(trim_number(line.payload_bytes))),
                        ("codec", Arg::from(codec_name.clone())),
                        ("rate", Arg::from(kbit_rate(line.bit_rate_bps))),
                        ("headers", Arg::from(overhead.ip_udp_rtp_bytes())),
                        ("compressed", Arg::from(if crtp { "yes" } else { "no" })),
                        ("linkbytes", Arg::from(overhead.link.header_bytes())),
                        ("link", Arg::from(link)),
                        (
                            "pps",
                            Arg::from(trim_number(
                                (line.packets_per_second * 100.0).round() / 100.0,
                            )),
                        ),
                        ("ptime", Arg::from(line.ptime_ms)),
                        ("video", Arg::from(input.video_kbps)),
                    ],
                );
                let mut sentence = |key, args: &[(&str, Arg)]| {
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&say(key, args));
                };
                if a.choice("bandwidth.codec")
                    .is_none_or(|c| bandwidth::codec(c).is_none())
                {
                    sentence(msg::INSIGHTS_BANDWIDTH_CODEC_ASSUMED, &[]);
                }
                if input.ptime_ms.is_none() {
                    sentence(
                        msg::INSIGHTS_BANDWIDTH_PTIME_ASSUMED,
                        &[("ptime", Arg::from(line.ptime_ms))],
                    );
                }
                if link_assumed {
                    sentence(msg::INSIGHTS_BANDWIDTH_LINK_ASSUMED, &[]);
                }
                if let Some(max) = line.max_calls_at_headroom {
                    sentence(
                        msg::INSIGHTS_BANDWIDTH_MAX_CALLS,
                        &[("max", Arg::from(max))],
                    );
                }
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    needed_label,
                    value,
                    detail,
                    tone,
                );
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    &text(lang, msg::INSIGHTS_RULE_OF_THUMB_LABEL),
                    say(
                        msg::INSIGHTS_RULE_OF_THUMB_VALUE,
                        &[
                            ("calls", Arg::from(calls)),
                            ("typical", Arg::from(mbps(line.rule_of_thumb_bps))),
                            ("conservative", Arg::from(mbps(line.conservative_rule_bps))),
                        ],
                    ),
                    text(lang, msg::INSIGHTS_RULE_OF_THUMB_DETAIL),
                    Tone::Info,
                );
                calc.line = Some(line);
            }
            Err(e) => out.error("bandwidth", "bandwidth.link_layer", needed_label, e),
        }
    }
    calc.quality = bandwidth::check_quality(
        a.number("bandwidth.latency_ms"),
        a.number("bandwidth.jitter_ms"),
        a.number("bandwidth.packet_loss_percent"),
    );
    if !calc.quality.is_empty() {
        let all_ok = calc.quality.iter().all(|q| q.within);
        let value = calc
            .quality
            .iter()
            .map(|q| {
                let metric = q.metric_in(lang);
                let unit = match lang {
                    Lang::En => q.unit.clone(),
                    Lang::ZhHans if q.unit == "%" => "%".to_owned(),
                    Lang::ZhHans => format!(" {}", q.unit),
                };
                say(
                    msg::INSIGHTS_QUALITY_ROW,
                    &[
                        ("metric", Arg::from(metric)),
                        ("value", Arg::from(trim_number(q.value))),
                        ("unit", Arg::from(unit)),
                        ("within", Arg::from(if q.within { "yes" } else { "no" })),
                        ("limit", Arg::from(trim_number(q.limit))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        out.push(
            "bandwidth",
            "bandwidth.packet_loss_percent",
            &text(lang, msg::INSIGHTS_QUALITY_LABEL),
            value,
            text(lang, msg::INSIGHTS_QUALITY_DETAIL),
            if all_ok { Tone::Good } else { Tone::Warn },
        );
    }
}
