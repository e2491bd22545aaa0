//! Bandwidth a VoIP line needs, and whether the measured connection carries it.
//!
//! Per-call bandwidth, each direction (Cisco, "Voice Over IP - Per Call Bandwidth
//! Consumption", document 7934):
//!
//! ```text
//! packets per second  = 1000 / packetisation interval (ms)
//! bits per second     = codec bit rate + packets per second × overhead bytes × 8
//! overhead bytes      = 40 (IP 20 + UDP 8 + RTP 12), or 2 with compressed RTP (cRTP)
//!                       + 18 for the Ethernet header and trailer, + 4 for an 802.1Q VLAN tag
//! ```
//!
//! G.711 at 20 ms: 64 000 + 50 × 58 × 8 = 87 200 bit/s (87.2 kbps); G.729 at 20 ms:
//! 8 000 + 23 200 = 31 200 bit/s. Video meetings are counted at a stated per-stream rate.
//! Quality thresholds: one-way latency ≤ 150 ms (ITU-T G.114), jitter ≤ 30 ms, loss ≤ 1 %.

use super::{check_number, check_range};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A voice codec with its bit rate and usual packetisation interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Codec {
    pub id: &'static str,
    pub name: &'static str,
    /// Bit rate of the voice payload, bits per second. For Opus, the default chosen here.
    pub bit_rate_bps: u32,
    /// Packetisation interval most phones use.
    pub default_ptime_ms: u32,
    /// Whether the caller may choose the bit rate (Opus).
    pub variable_rate: bool,
}

pub const CODECS: &[Codec] = &[
    Codec {
        id: "g711",
        name: "G.711",
        bit_rate_bps: 64_000,
        default_ptime_ms: 20,
        variable_rate: false,
    },
    Codec {
        id: "g722",
        name: "G.722 (HD voice)",
        bit_rate_bps: 64_000,
        default_ptime_ms: 20,
        variable_rate: false,
    },
    Codec {
        id: "g729",
        name: "G.729",
        bit_rate_bps: 8_000,
        default_ptime_ms: 20,
        variable_rate: false,
    },
    // iLBC runs at 15.2 kbit/s in 20 ms frames (13.33 kbit/s in 30 ms frames).
    Codec {
        id: "ilbc",
        name: "iLBC",
        bit_rate_bps: 15_200,
        default_ptime_ms: 20,
        variable_rate: false,
    },
    // Opus is variable; 32 kbit/s is a common wideband setting for business VoIP.
    Codec {
        id: "opus",
        name: "Opus",
        bit_rate_bps: 32_000,
        default_ptime_ms: 20,
        variable_rate: true,
    },
];

pub fn codec(id: &str) -> Option<&'static Codec> {
    CODECS.iter().find(|c| c.id == id)
}

/// Per-stream rate assumed for a video meeting when none is given: 1.5 Mbit/s each way, the
/// upper end of what meeting services publish for 720p group video.
pub const DEFAULT_VIDEO_KBPS: u32 = 1_500;

/// What sits around each voice packet on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Overhead {
    /// Compressed RTP: the 40-byte IP/UDP/RTP header shrinks to 2 bytes.
    pub compressed_rtp: bool,
    /// Count the 18-byte Ethernet header and trailer (LAN and most broadband hand-offs).
    pub ethernet: bool,
    /// Add a 4-byte 802.1Q VLAN tag.
    pub vlan_tag: bool,
}

impl Default for Overhead {
    fn default() -> Self {
        Overhead {
            compressed_rtp: false,
            ethernet: true,
            vlan_tag: false,
        }
    }
}

impl Overhead {
    pub fn bytes_per_packet(self) -> u32 {
        let l3 = if self.compressed_rtp { 2 } else { 40 };
        let l2 = if self.ethernet { 18 } else { 0 } + if self.vlan_tag { 4 } else { 0 };
        l3 + l2
    }
}

/// Bits per second one call uses in each direction.
pub fn per_call_bps(bit_rate_bps: u32, ptime_ms: u32, overhead: Overhead) -> f64 {
    let packets_per_second = 1000.0 / f64::from(ptime_ms);
    f64::from(bit_rate_bps) + packets_per_second * f64::from(overhead.bytes_per_packet()) * 8.0
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
    pub bit_rate_bps: u32,
    pub ptime_ms: u32,
    pub overhead_bytes: u32,
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
}

pub fn check_line(input: &LineInput) -> Result<LineCheck> {
    let codec = codec(&input.codec_id).ok_or_else(|| {
        Error::invalid(
            "bandwidth.codec",
            "Codec",
            format!(
                "must be one of {}, not \"{}\"",
                CODECS.iter().map(|c| c.id).collect::<Vec<_>>().join(", "),
                input.codec_id
            ),
        )
    })?;
    let bit_rate = match (codec.variable_rate, input.bit_rate_bps) {
        (true, Some(rate)) => check_range(
            "bit_rate",
            "Codec bit rate",
            i64::from(rate),
            6_000,
            510_000,
            "bit/s",
        )? as u32,
        _ => codec.bit_rate_bps,
    };
    let ptime = match input.ptime_ms {
        Some(p) => check_range(
            "ptime",
            "Packetisation interval",
            i64::from(p),
            10,
            120,
            "ms",
        )? as u32,
        None => codec.default_ptime_ms,
    };
    check_range(
        "bandwidth.peak_concurrent_calls",
        "Peak concurrent calls",
        i64::from(input.concurrent_calls),
        0,
        10_000,
        "calls",
    )?;
    check_range(
        "bandwidth.concurrent_video",
        "Concurrent video meetings",
        i64::from(input.concurrent_video),
        0,
        10_000,
        "meetings",
    )?;
    check_range(
        "video_kbps",
        "Video rate per meeting",
        i64::from(input.video_kbps),
        0,
        100_000,
        "kbit/s",
    )?;
    let headroom = check_number(
        "headroom",
        "Headroom",
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
                "Measured upload speed",
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
                "Measured download speed",
                v,
                0.0,
                100_000.0,
                "Mbps",
            )
        })
        .transpose()?;

    let per_call = per_call_bps(bit_rate, ptime, input.overhead);
    let voice = per_call * f64::from(input.concurrent_calls);
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
        bit_rate_bps: bit_rate,
        ptime_ms: ptime,
        overhead_bytes: input.overhead.bytes_per_packet(),
        per_call_bps: per_call,
        voice_bps: voice,
        video_bps: video,
        needed_bps: needed,
        upload_use_percent: upload_use,
        download_use_percent: down.and_then(use_of),
        upload_headroom_percent: upload_use.map(|u| 100.0 - u),
        max_calls_at_headroom: max_calls,
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
            "One-way latency",
            latency_ms,
            LATENCY_LIMIT_MS,
            "ms",
            "ITU-T G.114",
        ),
        (
            "Jitter",
            jitter_ms,
            JITTER_LIMIT_MS,
            "ms",
            "common VoIP guidance",
        ),
        (
            "Packet loss",
            loss_percent,
            LOSS_LIMIT_PERCENT,
            "%",
            "common VoIP guidance",
        ),
    ];
    rows.into_iter()
        .filter_map(|(metric, value, limit, unit, source)| {
            value.map(|value| QualityCheck {
                metric: metric.to_owned(),
                value,
                limit,
                unit: unit.to_owned(),
                within: value <= limit,
                source: source.to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kbps(codec_id: &str, ptime: u32, overhead: Overhead) -> f64 {
        let c = codec(codec_id).unwrap();
        (per_call_bps(c.bit_rate_bps, ptime, overhead) / 100.0).round() / 10.0
    }

    /// Cisco document 7934, "Bandwidth Calculations" table (Ethernet column, 20 ms unless
    /// stated; cRTP rows use 2-byte headers).
    #[test]
    fn cisco_per_call_table() {
        let eth = Overhead::default();
        assert_eq!(kbps("g711", 20, eth), 87.2);
        assert_eq!(kbps("g729", 20, eth), 31.2);
        assert_eq!(kbps("g722", 20, eth), 87.2);
        assert_eq!(kbps("ilbc", 20, eth), 38.4);
        // Without layer 2 (the "voice payload + IP/UDP/RTP" figure): G.711 80 kbps, G.729 24.
        let l3 = Overhead {
            ethernet: false,
            ..eth
        };
        assert_eq!(kbps("g711", 20, l3), 80.0);
        assert_eq!(kbps("g729", 20, l3), 24.0);
        // cRTP on a serial link: G.729 at 20 ms is 8.8 kbps.
        let crtp = Overhead {
            compressed_rtp: true,
            ethernet: false,
            vlan_tag: false,
        };
        assert_eq!(kbps("g729", 20, crtp), 8.8);
        // An 802.1Q tag adds 4 bytes a packet: 1.6 kbps at 50 packets a second.
        let tagged = Overhead {
            vlan_tag: true,
            ..eth
        };
        assert_eq!(kbps("g711", 20, tagged), 88.8);
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
}
