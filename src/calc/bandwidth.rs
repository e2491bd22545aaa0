//! Bandwidth a VoIP line needs, and whether the measured connection carries it.
//!
//! Per-call bandwidth, each direction (Cisco, "Voice Over IP - Per Call Bandwidth
//! Consumption", document 7934):
//!
//! ```text
//! packets per second  = 1000 / packetisation interval (ms)
//! voice payload       = codec bit rate × interval (iLBC: 38 bytes per 20 ms frame at
//!                       15.2 kbit/s, 50 bytes per 30 ms frame at 13.33 kbit/s)
//! bits per second     = (payload + IP/UDP/RTP header + link-layer header) × 8 × packets/s
//! IP/UDP/RTP header   = 40 bytes (IP 20 + UDP 8 + RTP 12); 2 or 4 with compressed RTP (cRTP),
//!                       which only serial links use ("cRTP is not available over Ethernet")
//! link-layer header   = none (IP only) · Ethernet 18 (incl. the 4-byte FCS) · Ethernet with an
//!                       802.1Q VLAN tag 22 · PPP 6 · MLPPP or Frame Relay FRF.12 6 + 1-byte flag
//! ```
//!
//! G.711 at 20 ms on Ethernet: (160 + 40 + 18) × 8 × 50 = 87 200 bit/s (87.2 kbps); G.729:
//! (20 + 58) × 8 × 50 = 31 200 bit/s; iLBC at 30 ms: (50 + 58) × 8 × 33.3 = 28 800 bit/s.
//! Video meetings are counted at a stated per-stream rate. Quality thresholds: one-way latency
//! ≤ 150 ms (ITU-T G.114), jitter ≤ 30 ms, loss ≤ 1 %.
//!
//! Beside the computed figure the app shows the planning rule of thumb quoted to buyers (about
//! 100 kbps per call each way; 500 kbps per call to be conservative): a sanity check, not a
//! measurement.

use super::{check_number, check_range};
use crate::error::{Error, Result, Words};
use crate::i18n::{self, Key, Lang, msg};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A voice codec, its bit rate and the packetisation intervals phones use with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Codec {
    pub id: &'static str,
    pub name: &'static str,
    /// Bit rate of the voice payload at the default interval, bits per second. For Opus, the
    /// default chosen here.
    pub bit_rate_bps: u32,
    /// Packetisation interval most phones use.
    pub default_ptime_ms: u32,
    /// Whether the caller may choose the bit rate (Opus).
    pub variable_rate: bool,
    /// The packetisation intervals offered, ms.
    pub ptimes_ms: &'static [u32],
    /// Codecs with fixed frames (iLBC): `(frame length ms, bits per frame)`, one per mode. A
    /// packet carries whole frames of one mode; empty for codecs whose payload is simply bit
    /// rate × interval.
    pub frame_modes: &'static [(u32, u32)],
}

pub const CODECS: &[Codec] = &[
    Codec {
        id: "g711",
        name: "G.711",
        bit_rate_bps: 64_000,
        default_ptime_ms: 20,
        variable_rate: false,
        ptimes_ms: &[10, 20, 30, 40],
        frame_modes: &[],
    },
    Codec {
        id: "g722",
        name: "G.722 (HD voice)",
        bit_rate_bps: 64_000,
        default_ptime_ms: 20,
        variable_rate: false,
        ptimes_ms: &[10, 20, 30, 40],
        frame_modes: &[],
    },
    Codec {
        id: "g729",
        name: "G.729",
        bit_rate_bps: 8_000,
        default_ptime_ms: 20,
        variable_rate: false,
        ptimes_ms: &[10, 20, 30, 40],
        frame_modes: &[],
    },
    // iLBC has two modes (RFC 3951): 20 ms frames of 304 bits (15.2 kbit/s) and 30 ms frames
    // of 400 bits (13.33 kbit/s). A 30 ms packet uses the 30 ms mode; 20 and 40 ms the 20 ms.
    Codec {
        id: "ilbc",
        name: "iLBC",
        bit_rate_bps: 15_200,
        default_ptime_ms: 20,
        variable_rate: false,
        ptimes_ms: &[20, 30, 40],
        frame_modes: &[(20, 304), (30, 400)],
    },
    // Opus is variable; 32 kbit/s is a common wideband setting for business VoIP. Its frames
    // are 2.5–60 ms; phones send 10, 20 or 40 ms packets.
    Codec {
        id: "opus",
        name: "Opus",
        bit_rate_bps: 32_000,
        default_ptime_ms: 20,
        variable_rate: true,
        ptimes_ms: &[10, 20, 40],
        frame_modes: &[],
    },
];

pub fn codec(id: &str) -> Option<&'static Codec> {
    CODECS.iter().find(|c| c.id == id)
}

impl Codec {
    /// The codec's name in `lang`: only G.722's "(HD voice)" has words to translate.
    pub fn name_in(&self, lang: Lang) -> String {
        match self.id {
            "g722" => i18n::text(lang, msg::CALC_CODEC_G722),
            _ => self.name.to_owned(),
        }
    }

    /// Voice payload bits in one packet of `ptime_ms` at `bit_rate_bps` (ignored for codecs
    /// with fixed frame modes). `ptime_ms` must be one of [`Codec::ptimes_ms`].
    pub fn payload_bits(&self, bit_rate_bps: u32, ptime_ms: u32) -> f64 {
        match self
            .frame_modes
            .iter()
            .find(|(frame_ms, _)| ptime_ms.is_multiple_of(*frame_ms))
        {
            Some((frame_ms, bits)) => f64::from(ptime_ms / frame_ms * bits),
            None => f64::from(bit_rate_bps) * f64::from(ptime_ms) / 1000.0,
        }
    }
}

/// Per-stream rate assumed for a video meeting when none is given: 1.5 Mbit/s each way, the
/// upper end of what meeting services publish for 720p group video.
pub const DEFAULT_VIDEO_KBPS: u32 = 1_500;

/// Planning rule of thumb quoted to buyers: about 100 kbps per call each way.
pub const RULE_OF_THUMB_BPS: f64 = 100_000.0;
/// The conservative rule of thumb: 500 kbps per call (seed 003: "1 concurrent call needs only
/// 500 kbps").
pub const CONSERVATIVE_RULE_BPS: f64 = 500_000.0;

/// The link the voice packets cross, which decides the layer-2 header on each packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LinkLayer {
    /// No layer-2 header: the "voice payload + IP/UDP/RTP" reference figure.
    IpOnly,
    /// Ethernet: the office network and most broadband hand-offs. 18 bytes.
    Ethernet,
    /// Ethernet with an 802.1Q VLAN tag (a voice VLAN). 22 bytes.
    #[serde(rename = "ethernet_8021q")]
    Ethernet8021q,
    /// A PPP serial line (T1/E1 leased line). 6 bytes.
    Ppp,
    /// Multilink PPP or Frame Relay with FRF.12: 6 bytes and a 1-byte end-of-frame flag.
    #[serde(rename = "mlppp_frf12")]
    MlpppFrf12,
}

impl LinkLayer {
    pub const ALL: [LinkLayer; 5] = [
        LinkLayer::IpOnly,
        LinkLayer::Ethernet,
        LinkLayer::Ethernet8021q,
        LinkLayer::Ppp,
        LinkLayer::MlpppFrf12,
    ];

    /// The id the app's answer and the CLI's `--link` use.
    pub fn id(self) -> &'static str {
        match self {
            LinkLayer::IpOnly => "ip",
            LinkLayer::Ethernet => "ethernet",
            LinkLayer::Ethernet8021q => "ethernet_8021q",
            LinkLayer::Ppp => "ppp",
            LinkLayer::MlpppFrf12 => "mlppp",
        }
    }

    pub fn parse(id: &str) -> Option<LinkLayer> {
        LinkLayer::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn header_bytes(self) -> u32 {
        match self {
            LinkLayer::IpOnly => 0,
            LinkLayer::Ethernet => 18,
            LinkLayer::Ethernet8021q => 22,
            LinkLayer::Ppp => 6,
            LinkLayer::MlpppFrf12 => 7,
        }
    }

    /// The link's name as a catalog message: "Ethernet with an 802.1Q VLAN tag" /
    /// "带802.1Q VLAN标签的以太网".
    pub fn key(self) -> Key {
        match self {
            LinkLayer::IpOnly => msg::CALC_LINK_IP,
            LinkLayer::Ethernet => msg::CALC_LINK_ETHERNET,
            LinkLayer::Ethernet8021q => msg::CALC_LINK_ETHERNET_8021Q,
            LinkLayer::Ppp => msg::CALC_LINK_PPP,
            LinkLayer::MlpppFrf12 => msg::CALC_LINK_MLPPP,
        }
    }

    /// The link's name in English.
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// The link's name in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        i18n::text(lang, self.key())
    }

    /// Compressed RTP works hop by hop on serial links only (Cisco: "cRTP is not available over
    /// Ethernet").
    pub fn allows_crtp(self) -> bool {
        matches!(self, LinkLayer::Ppp | LinkLayer::MlpppFrf12)
    }
}

/// What sits around each voice packet on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Overhead {
    pub link: LinkLayer,
    /// Compressed RTP: the 40-byte IP/UDP/RTP header shrinks to 2 bytes (4 with UDP
    /// checksums). `None`: not compressed.
    pub crtp_header_bytes: Option<u32>,
}

impl Default for Overhead {
    fn default() -> Self {
        Overhead {
            link: LinkLayer::Ethernet,
            crtp_header_bytes: None,
        }
    }
}

impl Overhead {
    pub fn ip_udp_rtp_bytes(self) -> u32 {
        self.crtp_header_bytes.unwrap_or(40)
    }

    pub fn bytes_per_packet(self) -> u32 {
        self.ip_udp_rtp_bytes() + self.link.header_bytes()
    }

    /// Refuses cRTP where it does not apply and header sizes cRTP does not produce.
    pub fn check(self) -> Result<Overhead> {
        if let Some(bytes) = self.crtp_header_bytes {
            if bytes != 2 && bytes != 4 {
                return Err(Error::invalid(
                    "crtp_header_bytes",
                    msg::CALC_LABEL_CRTP_HEADER,
                    Words::msg_with(
                        msg::CALC_CRTP_HEADER_BYTES,
                        vec![("value", Words::Plain(bytes.to_string()))],
                    ),
                ));
            }
            if !self.link.allows_crtp() {
                return Err(Error::invalid(
                    "crtp",
                    msg::CALC_LABEL_CRTP,
                    Words::msg_with(
                        msg::CALC_CRTP_SERIAL_ONLY,
                        vec![("link", Words::msg(self.link.key()))],
                    ),
                ));
            }
        }
        Ok(self)
    }
}

/// Bits per second one call uses in each direction: the packet (payload plus headers) times
/// the packets a second.
pub fn per_call_bps(payload_bits: f64, ptime_ms: u32, overhead: Overhead) -> f64 {
    (payload_bits + f64::from(overhead.bytes_per_packet()) * 8.0) * 1000.0 / f64::from(ptime_ms)
}

/// The inputs of a line check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LineInput {
    pub codec_id: String,
    /// Chosen bit rate for variable-rate codecs (Opus); ignored otherwise.
    pub bit_rate_bps: Option<u32>,
    pub ptime_ms: Option<u32>,
    pub overhead: Overhead,
    pub concurrent_calls: u32,
    pub concurrent_video: u32,
    pub video_kbps: u32,
    pub measured_up_mbps: Option<f64>,
    pub measured_down_mbps: Option<f64>,
    /// Share of the line kept free for everything else (e.g. 20 % → use at most 80 %).
    pub headroom_percent: f64,
}

impl LineInput {
    pub fn new(codec_id: &str, concurrent_calls: u32) -> Self {
        LineInput {
            codec_id: codec_id.to_owned(),
            bit_rate_bps: None,
            ptime_ms: None,
            overhead: Overhead::default(),
            concurrent_calls,
            concurrent_video: 0,
            video_kbps: DEFAULT_VIDEO_KBPS,
            measured_up_mbps: None,
            measured_down_mbps: None,
            headroom_percent: 20.0,
        }
    }
}

/// The answer of a line check; rates in bits per second, one direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LineCheck {
    pub codec_name: String,
    /// Bit rate of the voice payload at this interval (iLBC at 30 ms: 13 333.3).
    pub bit_rate_bps: f64,
    pub ptime_ms: u32,
    pub link: LinkLayer,
    /// Voice payload in one packet, bytes.
    pub payload_bytes: f64,
    /// IP/UDP/RTP and link-layer header bytes on each packet.
    pub overhead_bytes: u32,
    pub packets_per_second: f64,
    pub per_call_bps: f64,
    pub voice_bps: f64,
    pub video_bps: f64,
    /// Voice plus video, each direction (calls are symmetric).
    pub needed_bps: f64,
    /// Needed ÷ measured upload, percent (upload is usually the bottleneck).
    pub upload_use_percent: Option<f64>,
    pub download_use_percent: Option<f64>,
    /// Share of the upload left for everything else, percent.
    pub upload_headroom_percent: Option<f64>,
    /// Most concurrent calls the slower direction carries while keeping the headroom free, with
    /// the video counted.
    pub max_calls_at_headroom: Option<u32>,
    /// The planning rule of thumb for the calls alone: 100 kbps per call each way.
    pub rule_of_thumb_bps: f64,
    /// The conservative rule of thumb: 500 kbps per call.
    pub conservative_rule_bps: f64,
}

pub fn check_line(input: &LineInput) -> Result<LineCheck> {
    let codec = codec(&input.codec_id).ok_or_else(|| {
        Error::invalid(
            "bandwidth.codec",
            msg::CALC_LABEL_CODEC,
            Words::msg_with(
                msg::CALC_CODEC_UNKNOWN,
                vec![
                    (
                        "codecs",
                        Words::List(CODECS.iter().map(|c| Words::from(c.id)).collect()),
                    ),
                    ("value", Words::Plain(input.codec_id.clone())),
                ],
            ),
        )
    })?;
    let bit_rate = match (codec.variable_rate, input.bit_rate_bps) {
        (true, Some(rate)) => check_range(
            "bit_rate",
            msg::CALC_LABEL_CODEC_BIT_RATE,
            i64::from(rate),
            6_000,
            510_000,
            "bit/s",
        )? as u32,
        _ => codec.bit_rate_bps,
    };
    let ptime = match input.ptime_ms {
        Some(p) if codec.ptimes_ms.contains(&p) => p,
        Some(p) => {
            let offered = codec
                .ptimes_ms
                .iter()
                .map(|ms| Words::Plain(ms.to_string()))
                .collect();
            return Err(Error::invalid(
                "bandwidth.packetisation_ms",
                msg::CALC_LABEL_PTIME,
                Words::msg_with(
                    msg::CALC_PTIME_OFFERED,
                    vec![
                        ("codec", Words::Plain(codec.name.to_owned())),
                        ("offered", Words::List(offered)),
                        ("value", Words::Plain(p.to_string())),
                    ],
                ),
            ));
        }
        None => codec.default_ptime_ms,
    };
    let overhead = input.overhead.check()?;
    check_range(
        "bandwidth.peak_concurrent_calls",
        msg::CALC_LABEL_PEAK_CALLS,
        i64::from(input.concurrent_calls),
        0,
        10_000,
        msg::CALC_UNIT_CALLS,
    )?;
    check_range(
        "bandwidth.concurrent_video",
        msg::CALC_LABEL_VIDEO_MEETINGS,
        i64::from(input.concurrent_video),
        0,
        10_000,
        msg::CALC_UNIT_MEETINGS,
    )?;
    check_range(
        "video_kbps",
        msg::CALC_LABEL_VIDEO_RATE,
        i64::from(input.video_kbps),
        0,
        100_000,
        "kbit/s",
    )?;
    let headroom = check_number(
        "headroom",
        msg::CALC_LABEL_HEADROOM,
        input.headroom_percent,
        0.0,
        95.0,
        "%",
    )?;
    let up = input
        .measured_up_mbps
        .map(|v| {
            check_number(
                "bandwidth.measured_up_mbps",
                msg::CALC_LABEL_MEASURED_UP,
                v,
                0.0,
                100_000.0,
                "Mbps",
            )
        })
        .transpose()?;
    let down = input
        .measured_down_mbps
        .map(|v| {
            check_number(
                "bandwidth.measured_down_mbps",
                msg::CALC_LABEL_MEASURED_DOWN,
                v,
                0.0,
                100_000.0,
                "Mbps",
            )
        })
        .transpose()?;

    let payload_bits = codec.payload_bits(bit_rate, ptime);
    let per_call = per_call_bps(payload_bits, ptime, overhead);
    let calls = f64::from(input.concurrent_calls);
    let voice = per_call * calls;
    let video = f64::from(input.concurrent_video) * f64::from(input.video_kbps) * 1000.0;
    let needed = voice + video;
    let use_of = |mbps: f64| (mbps > 0.0).then(|| needed / (mbps * 1_000_000.0) * 100.0);
    let upload_use = up.and_then(use_of);
    let slower = match (up, down) {
        (Some(u), Some(d)) => Some(u.min(d)),
        (u, d) => u.or(d),
    };
    let max_calls = slower.map(|mbps| {
        let usable = mbps * 1_000_000.0 * (1.0 - headroom / 100.0) - video;
        if usable <= 0.0 {
            0
        } else {
            (usable / per_call).floor() as u32
        }
    });
    Ok(LineCheck {
        codec_name: codec.name.to_owned(),
        bit_rate_bps: payload_bits * 1000.0 / f64::from(ptime),
        ptime_ms: ptime,
        link: overhead.link,
        payload_bytes: payload_bits / 8.0,
        overhead_bytes: overhead.bytes_per_packet(),
        packets_per_second: 1000.0 / f64::from(ptime),
        per_call_bps: per_call,
        voice_bps: voice,
        video_bps: video,
        needed_bps: needed,
        upload_use_percent: upload_use,
        download_use_percent: down.and_then(use_of),
        upload_headroom_percent: upload_use.map(|u| 100.0 - u),
        max_calls_at_headroom: max_calls,
        rule_of_thumb_bps: RULE_OF_THUMB_BPS * calls,
        conservative_rule_bps: CONSERVATIVE_RULE_BPS * calls,
    })
}

/// One quality measurement against its threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct QualityCheck {
    pub metric: String,
    pub value: f64,
    pub limit: f64,
    pub unit: String,
    pub within: bool,
    pub source: String,
}

pub const LATENCY_LIMIT_MS: f64 = 150.0;
pub const JITTER_LIMIT_MS: f64 = 30.0;
pub const LOSS_LIMIT_PERCENT: f64 = 1.0;

/// Latency, jitter and loss against the usual limits; a value equal to its limit passes.
pub fn check_quality(
    latency_ms: Option<f64>,
    jitter_ms: Option<f64>,
    loss_percent: Option<f64>,
) -> Vec<QualityCheck> {
    let rows = [
        (
            msg::CALC_QUALITY_LATENCY,
            latency_ms,
            LATENCY_LIMIT_MS,
            "ms",
            QualitySource::G114,
        ),
        (
            msg::CALC_QUALITY_JITTER,
            jitter_ms,
            JITTER_LIMIT_MS,
            "ms",
            QualitySource::Guidance,
        ),
        (
            msg::CALC_QUALITY_LOSS,
            loss_percent,
            LOSS_LIMIT_PERCENT,
            "%",
            QualitySource::Guidance,
        ),
    ];
    rows.into_iter()
        .filter_map(|(metric, value, limit, unit, source)| {
            value.map(|value| QualityCheck {
                metric: i18n::text(Lang::En, metric),
                value,
                limit,
                unit: unit.to_owned(),
                within: value <= limit,
                source: source.text(Lang::En),
            })
        })
        .collect()
}

/// Where a quality limit comes from.
#[derive(Clone, Copy)]
enum QualitySource {
    G114,
    Guidance,
}

impl QualitySource {
    fn text(self, lang: Lang) -> String {
        match self {
            QualitySource::G114 => "ITU-T G.114".to_owned(),
            QualitySource::Guidance => i18n::text(lang, msg::CALC_QUALITY_GUIDANCE),
        }
    }
}

/// The quality metrics' names, for [`QualityCheck::metric_in`].
const QUALITY_METRICS: [Key; 3] = [
    msg::CALC_QUALITY_LATENCY,
    msg::CALC_QUALITY_JITTER,
    msg::CALC_QUALITY_LOSS,
];

impl QualityCheck {
    /// The metric's name in `lang` ("One-way latency" / "单向延迟"); `metric` keeps the English
    /// that the JSON output carries.
    pub fn metric_in(&self, lang: Lang) -> String {
        QUALITY_METRICS
            .into_iter()
            .find(|key| i18n::text(Lang::En, *key) == self.metric)
            .map_or_else(|| self.metric.clone(), |key| i18n::text(lang, key))
    }

    /// Where the limit comes from, in `lang` ("ITU-T G.114", "common VoIP guidance" /
    /// "VoIP常用建议").
    pub fn source_in(&self, lang: Lang) -> String {
        if self.source == QualitySource::Guidance.text(Lang::En) {
            QualitySource::Guidance.text(lang)
        } else {
            self.source.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IP: Overhead = Overhead {
        link: LinkLayer::IpOnly,
        crtp_header_bytes: None,
    };
    const ETH: Overhead = Overhead {
        link: LinkLayer::Ethernet,
        crtp_header_bytes: None,
    };
    const DOT1Q: Overhead = Overhead {
        link: LinkLayer::Ethernet8021q,
        crtp_header_bytes: None,
    };
    const PPP: Overhead = Overhead {
        link: LinkLayer::Ppp,
        crtp_header_bytes: None,
    };
    const PPP_CRTP2: Overhead = Overhead {
        link: LinkLayer::Ppp,
        crtp_header_bytes: Some(2),
    };
    const PPP_CRTP4: Overhead = Overhead {
        link: LinkLayer::Ppp,
        crtp_header_bytes: Some(4),
    };
    const MP: Overhead = Overhead {
        link: LinkLayer::MlpppFrf12,
        crtp_header_bytes: None,
    };
    const MP_CRTP2: Overhead = Overhead {
        link: LinkLayer::MlpppFrf12,
        crtp_header_bytes: Some(2),
    };
    const MP_CRTP4: Overhead = Overhead {
        link: LinkLayer::MlpppFrf12,
        crtp_header_bytes: Some(4),
    };
    /// Every link layer and header the app and the CLI can produce, in the table's column order.
    const COLUMNS: [Overhead; 9] = [
        IP, ETH, DOT1Q, PPP, PPP_CRTP2, PPP_CRTP4, MP, MP_CRTP2, MP_CRTP4,
    ];

    /// One call's bandwidth through `check_line`, the path the app and the CLI use, in kbps.
    fn kbps(codec_id: &str, ptime: u32, overhead: Overhead) -> f64 {
        let mut input = LineInput::new(codec_id, 1);
        input.ptime_ms = Some(ptime);
        input.overhead = overhead;
        check_line(&input).unwrap().per_call_bps / 1000.0
    }

    fn round_to(value: f64, decimals: i32) -> f64 {
        let scale = 10f64.powi(decimals);
        (value * scale).round() / scale
    }

    /// Cisco, "Voice Over IP - Per Call Bandwidth Consumption" (document 7934), the per-call
    /// table at the default payload sizes: columns "MP or FRF.12" (6-byte header + 1-byte
    /// flag), "w/cRTP MP or FRF.12" (2-byte cRTP header) and "Ethernet" (18 bytes), in kbps as
    /// the document prints them. Every codec the app offers that Cisco lists (Opus is not).
    #[test]
    fn cisco_7934_per_call_table() {
        let cisco: &[(&str, u32, [f64; 3], i32)] = &[
            ("g711", 20, [82.8, 67.6, 87.2], 1),
            ("g729", 20, [26.8, 11.6, 31.2], 1),
            ("g722", 20, [82.8, 67.6, 87.2], 1),
            // ilbc_mode_20 (15.2 kbit/s).
            ("ilbc", 20, [34.0, 18.8, 38.4], 1),
            // ilbc_mode_30 (13.33 kbit/s): 25.867, 15.73 and 28.8 kbps.
            ("ilbc", 30, [25.867, 15.733, 28.8], 3),
        ];
        for (codec_id, ptime, [mp, mp_crtp, eth], decimals) in cisco {
            let row = [
                kbps(codec_id, *ptime, MP),
                kbps(codec_id, *ptime, MP_CRTP2),
                kbps(codec_id, *ptime, ETH),
            ];
            assert_eq!(
                row.map(|v| round_to(v, *decimals)),
                [*mp, *mp_crtp, *eth],
                "{codec_id} at {ptime} ms"
            );
        }
        // iLBC's 30 ms mode is 13.33 kbit/s, not the 20 ms mode's 15.2.
        let mut input = LineInput::new("ilbc", 1);
        input.ptime_ms = Some(30);
        let line = check_line(&input).unwrap();
        assert_eq!(round_to(line.bit_rate_bps, 0), 13_333.0);
        assert_eq!(line.payload_bytes, 50.0);
    }

    /// Every cell the app and the CLI can produce: each codec at each interval it offers, over
    /// each link layer, in kbps to 3 decimals. Worked by hand from
    /// `(payload + 40 or cRTP 2/4 + link header) × 8 × packets/s`, payload = bit rate ×
    /// interval (iLBC: 38 bytes per 20 ms, 50 bytes per 30 ms frame), link header = IP only 0,
    /// Ethernet 18, 802.1Q 22, PPP 6, MLPPP/FRF.12 6 + 1. Cross-checks: the Cisco cells above;
    /// IP only at 20 ms, G.711 80 and G.729 24 kbps (Cisco IOS Voice Configuration Guide,
    /// "Codecs"); Ethernet G.711 110.4 / 87.2 / 79.5 and G.729 54.4 / 31.2 / 23.5 kbps at 10 /
    /// 20 / 30 ms (Avaya, "Bandwidth requirements for media streams", 58-byte overhead).
    /// Example: G.729 at 30 ms on PPP with cRTP = (30 + 2 + 6) × 8 × 33.33 = 10.133 kbps.
    #[test]
    fn every_codec_interval_and_link() {
        #[rustfmt::skip]
        let table: &[(&str, u32, [f64; 9])] = &[
            //            IP      Eth      802.1Q   PPP     PPP+c2  PPP+c4  MLPPP   MP+c2   MP+c4
            ("g711", 10, [96.0, 110.4, 113.6, 100.8, 70.4, 72.0, 101.6, 71.2, 72.8]),
            ("g711", 20, [80.0, 87.2, 88.8, 82.4, 67.2, 68.0, 82.8, 67.6, 68.4]),
            ("g711", 30, [74.667, 79.467, 80.533, 76.267, 66.133, 66.667, 76.533, 66.4, 66.933]),
            ("g711", 40, [72.0, 75.6, 76.4, 73.2, 65.6, 66.0, 73.4, 65.8, 66.2]),
            ("g722", 10, [96.0, 110.4, 113.6, 100.8, 70.4, 72.0, 101.6, 71.2, 72.8]),
            ("g722", 20, [80.0, 87.2, 88.8, 82.4, 67.2, 68.0, 82.8, 67.6, 68.4]),
            ("g722", 30, [74.667, 79.467, 80.533, 76.267, 66.133, 66.667, 76.533, 66.4, 66.933]),
            ("g722", 40, [72.0, 75.6, 76.4, 73.2, 65.6, 66.0, 73.4, 65.8, 66.2]),
            ("g729", 10, [40.0, 54.4, 57.6, 44.8, 14.4, 16.0, 45.6, 15.2, 16.8]),
            ("g729", 20, [24.0, 31.2, 32.8, 26.4, 11.2, 12.0, 26.8, 11.6, 12.4]),
            ("g729", 30, [18.667, 23.467, 24.533, 20.267, 10.133, 10.667, 20.533, 10.4, 10.933]),
            ("g729", 40, [16.0, 19.6, 20.4, 17.2, 9.6, 10.0, 17.4, 9.8, 10.2]),
            ("ilbc", 20, [31.2, 38.4, 40.0, 33.6, 18.4, 19.2, 34.0, 18.8, 19.6]),
            ("ilbc", 30, [24.0, 28.8, 29.867, 25.6, 15.467, 16.0, 25.867, 15.733, 16.267]),
            ("ilbc", 40, [23.2, 26.8, 27.6, 24.4, 16.8, 17.2, 24.6, 17.0, 17.4]),
            // Opus at its default 32 kbit/s.
            ("opus", 10, [64.0, 78.4, 81.6, 68.8, 38.4, 40.0, 69.6, 39.2, 40.8]),
            ("opus", 20, [48.0, 55.2, 56.8, 50.4, 35.2, 36.0, 50.8, 35.6, 36.4]),
            ("opus", 40, [40.0, 43.6, 44.4, 41.2, 33.6, 34.0, 41.4, 33.8, 34.2]),
        ];
        let offered: usize = CODECS.iter().map(|c| c.ptimes_ms.len()).sum();
        assert_eq!(
            table.len(),
            offered,
            "one row per codec and interval offered"
        );
        for (codec_id, ptime, expected) in table {
            let row = COLUMNS.map(|o| round_to(kbps(codec_id, *ptime, o), 3));
            assert_eq!(&row, expected, "{codec_id} at {ptime} ms");
        }
    }

    #[test]
    fn intervals_and_crtp_are_refused_where_they_do_not_apply() {
        let mut input = LineInput::new("ilbc", 1);
        input.ptime_ms = Some(10);
        assert_eq!(
            check_line(&input).unwrap_err().to_string(),
            "Packetisation interval: iLBC is sent in 20, 30, 40 ms packets, not 10 ms"
        );
        let mut input = LineInput::new("g711", 1);
        input.ptime_ms = Some(25);
        assert!(check_line(&input).is_err());
        input.ptime_ms = None;
        for link in [
            LinkLayer::Ethernet,
            LinkLayer::Ethernet8021q,
            LinkLayer::IpOnly,
        ] {
            input.overhead = Overhead {
                link,
                crtp_header_bytes: Some(2),
            };
            let err = check_line(&input).unwrap_err().to_string();
            assert!(
                err.starts_with(
                    "Compressed RTP: applies only on PPP and MLPPP/Frame Relay serial links"
                ),
                "{err}"
            );
        }
        input.overhead = Overhead {
            link: LinkLayer::Ppp,
            crtp_header_bytes: Some(3),
        };
        assert_eq!(
            check_line(&input).unwrap_err().to_string(),
            "Compressed RTP header: must be 2 or 4 bytes, not 3"
        );
    }

    #[test]
    fn ten_g711_calls_on_a_5_mbps_upload() {
        let mut input = LineInput::new("g711", 10);
        input.measured_up_mbps = Some(5.0);
        input.measured_down_mbps = Some(50.0);
        let check = check_line(&input).unwrap();
        assert_eq!(check.needed_bps, 872_000.0);
        assert!((check.upload_use_percent.unwrap() - 17.44).abs() < 1e-9);
        assert!((check.upload_headroom_percent.unwrap() - 82.56).abs() < 1e-9);
        // 80 % of 5 Mbps is 4 Mbps: 45 calls of 87.2 kbps (45.87).
        assert_eq!(check.max_calls_at_headroom, Some(45));
        // Rule of thumb: 10 × 100 kbps = 1 Mbps; conservative 10 × 500 kbps = 5 Mbps.
        assert_eq!(check.rule_of_thumb_bps, 1_000_000.0);
        assert_eq!(check.conservative_rule_bps, 5_000_000.0);
    }

    #[test]
    fn video_counts_against_the_line() {
        let mut input = LineInput::new("g729", 4);
        input.concurrent_video = 2;
        input.measured_up_mbps = Some(4.0);
        let check = check_line(&input).unwrap();
        assert_eq!(check.needed_bps, 4.0 * 31_200.0 + 3_000_000.0);
        // 3.2 Mbps usable, 3 Mbps of video: 6 calls of 31.2 kbps fit.
        assert_eq!(check.max_calls_at_headroom, Some(6));
    }

    #[test]
    fn opus_rate_is_chosen_and_checked() {
        let mut input = LineInput::new("opus", 1);
        input.bit_rate_bps = Some(24_000);
        // (60 + 58) bytes × 8 × 50 = 47 200 bit/s.
        assert_eq!(check_line(&input).unwrap().per_call_bps, 47_200.0);
        input.bit_rate_bps = Some(1_000_000);
        assert!(
            check_line(&input)
                .unwrap_err()
                .to_string()
                .starts_with("Codec bit rate: must be between 6000 and 510000")
        );
        let bad = LineInput::new("g723", 1);
        assert!(
            check_line(&bad)
                .unwrap_err()
                .to_string()
                .starts_with("Codec: must be one of g711")
        );
    }

    #[test]
    fn quality_limits_pass_at_the_limit() {
        let checks = check_quality(Some(150.0), Some(30.5), Some(1.0));
        assert_eq!(
            checks.iter().map(|c| c.within).collect::<Vec<_>>(),
            [true, false, true]
        );
        assert!(check_quality(None, None, None).is_empty());
    }

    /// English reads as it always did; a Chinese refusal names its field in Chinese.
    #[test]
    fn chinese_refusals_name_the_field_in_chinese() {
        use crate::i18n::Lang;
        let mut input = LineInput::new("ilbc", 1);
        input.ptime_ms = Some(10);
        assert_eq!(
            check_line(&input).unwrap_err().message(Lang::ZhHans),
            "打包间隔：iLBC按20、30、40 ms打包发送，不能是10 ms"
        );
        let bad = LineInput::new("g723", 1);
        assert_eq!(
            check_line(&bad).unwrap_err().to_string(),
            "Codec: must be one of g711, g722, g729, ilbc, opus, not \"g723\""
        );
        assert_eq!(
            check_line(&bad).unwrap_err().message(Lang::ZhHans),
            "编解码器：必须是g711、g722、g729、ilbc、opus之一，而不是“g723”"
        );
        let too_many = LineInput::new("g711", 10_001);
        assert_eq!(
            check_line(&too_many).unwrap_err().message(Lang::ZhHans),
            "高峰并发通话数：必须在0到10000路通话之间，而不是10001"
        );
        let mut vlan = LineInput::new("g711", 1);
        vlan.overhead = Overhead {
            link: LinkLayer::Ethernet8021q,
            crtp_header_bytes: Some(2),
        };
        let err = check_line(&vlan).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Compressed RTP: applies only on PPP and MLPPP/Frame Relay serial links, not on Ethernet with an 802.1Q VLAN tag (Cisco: cRTP is not available over Ethernet)"
        );
        assert_eq!(
            err.message(Lang::ZhHans),
            "压缩RTP（cRTP）：只适用于PPP和MLPPP/帧中继串行线路，不适用于带802.1Q VLAN标签的以太网（Cisco：以太网上无法使用cRTP）"
        );
        let mut headroom = LineInput::new("g711", 1);
        headroom.headroom_percent = 96.0;
        assert_eq!(
            check_line(&headroom).unwrap_err().message(Lang::ZhHans),
            "带宽余量：必须在0到95%之间，而不是96"
        );
        let mut upload = LineInput::new("g711", 1);
        upload.measured_up_mbps = Some(-1.0);
        assert_eq!(
            check_line(&upload).unwrap_err().message(Lang::ZhHans),
            "实测上行速度：必须在0到100000Mbps之间，而不是-1"
        );
    }

    #[test]
    fn link_and_quality_names_in_each_language() {
        use crate::i18n::Lang;
        assert_eq!(
            LinkLayer::Ethernet8021q.label(),
            "Ethernet with an 802.1Q VLAN tag"
        );
        assert_eq!(
            LinkLayer::MlpppFrf12.label(),
            "MLPPP or Frame Relay (FRF.12)"
        );
        assert_eq!(LinkLayer::Ethernet.label_in(Lang::ZhHans), "以太网");
        let checks = check_quality(Some(12.0), Some(3.0), Some(0.1));
        let english: Vec<_> = checks.iter().map(|c| c.metric.as_str()).collect();
        assert_eq!(english, ["One-way latency", "Jitter", "Packet loss"]);
        let chinese: Vec<_> = checks.iter().map(|c| c.metric_in(Lang::ZhHans)).collect();
        assert_eq!(chinese, ["单向延迟", "抖动", "丢包率"]);
        assert_eq!(checks[0].source_in(Lang::ZhHans), "ITU-T G.114");
        assert_eq!(checks[1].source, "common VoIP guidance");
        assert_eq!(checks[1].source_in(Lang::ZhHans), "VoIP常用建议");
        assert_eq!(
            codec("g722").unwrap().name_in(Lang::ZhHans),
            "G.722（高清语音）"
        );
    }
}
