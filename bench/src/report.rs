//! Results and their renderings: a terminal table, JSON, a markdown table and an SVG chart.

use std::fmt::Write;

use crate::stats;

pub enum Status {
    Ok,
    /// Ran, but its output differs from CPython's.
    Mismatch {
        got: String,
    },
    /// Crashed, raised, or timed out.
    Failed {
        why: String,
    },
    /// The column cannot run (mode rejected, interpreter missing), or was not run.
    Unavailable,
}

pub struct Cell {
    pub status: Status,
    /// Wall time in seconds of each repeat.
    pub times: Vec<f64>,
    /// Peak resident set size in KiB of each repeat.
    pub rss_kb: Vec<u64>,
}

impl Cell {
    pub fn new() -> Cell {
        Cell {
            status: Status::Ok,
            times: Vec::new(),
            rss_kb: Vec::new(),
        }
    }

    pub fn ok(&self) -> bool {
        matches!(self.status, Status::Ok) && !self.times.is_empty()
    }

    pub fn median(&self) -> f64 {
        stats::median(&self.times)
    }

    pub fn peak_rss_kb(&self) -> u64 {
        self.rss_kb.iter().copied().max().unwrap_or(0)
    }

    fn short_status(&self) -> &'static str {
        match self.status {
            Status::Ok => "ok",
            Status::Mismatch { .. } => "wrong output",
            Status::Failed { .. } => "failed",
            Status::Unavailable => "n/a",
        }
    }
}

pub struct ColumnInfo {
    pub name: String,
    pub command: String,
    pub version: String,
    pub unavailable: Option<String>,
    /// Failures in this column fail the run (upy's columns; peers only warn).
    pub strict: bool,
}

pub struct BenchResult {
    pub name: String,
    /// CPython's output, the checksum every column must print.
    pub expected: Option<String>,
    pub cells: Vec<Cell>,
}

pub struct Results {
    pub size: String,
    pub repeat: usize,
    pub columns: Vec<ColumnInfo>,
    pub baseline: Option<usize>,
    pub benches: Vec<BenchResult>,
    pub machine: String,
}

impl Results {
    /// `bench`'s time in column `c` relative to the baseline column.
    pub fn ratio(&self, bench: &BenchResult, c: usize) -> Option<f64> {
        let b = self.baseline?;
        let (cell, base) = (&bench.cells[c], &bench.cells[b]);
        (cell.ok() && base.ok() && base.median() > 0.0).then(|| cell.median() / base.median())
    }

    pub fn geomean_ratio(&self, c: usize) -> Option<f64> {
        let v: Vec<f64> = self
            .benches
            .iter()
            .filter_map(|b| self.ratio(b, c))
            .collect();
        stats::geomean(&v)
    }

    /// Columns that ran at all (others are listed under the tables).
    fn shown(&self) -> Vec<usize> {
        (0..self.columns.len())
            .filter(|&c| self.columns[c].unavailable.is_none())
            .collect()
    }

    fn baseline_name(&self) -> &str {
        self.baseline
            .map(|b| self.columns[b].name.as_str())
            .unwrap_or("")
    }

    /// Human-readable failures: (strict, message).
    pub fn failures(&self) -> Vec<(bool, String)> {
        let mut v = Vec::new();
        for b in &self.benches {
            for (c, cell) in b.cells.iter().enumerate() {
                let col = &self.columns[c];
                let msg = match &cell.status {
                    Status::Mismatch { got } => format!(
                        "{} on {}: output differs from CPython's\n    expected: {}\n    got:      {}",
                        b.name,
                        col.name,
                        b.expected.as_deref().unwrap_or("").trim_end(),
                        got.trim_end()
                    ),
                    Status::Failed { why } => format!("{} on {}: {}", b.name, col.name, why),
                    _ => continue,
                };
                v.push((col.strict, msg));
            }
        }
        v
    }

    pub fn text_table(&self) -> String {
        let shown = self.shown();
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut head = vec!["benchmark".to_string()];
        head.extend(shown.iter().map(|&c| self.columns[c].name.clone()));
        rows.push(head);
        for b in &self.benches {
            let mut r = vec![b.name.clone()];
            for &c in &shown {
                let cell = &b.cells[c];
                r.push(if cell.ok() {
                    let mut s = format!("{:.3}s", cell.median());
                    if cell.times.len() > 1 {
                        let _ = write!(s, " ±{:.0}%", stats::spread(&cell.times) * 100.0);
                    }
                    if let (Some(x), false) = (self.ratio(b, c), Some(c) == self.baseline) {
                        let _ = write!(s, " {x:.2}x");
                    }
                    let _ = write!(s, " {:.0}M", cell.peak_rss_kb() as f64 / 1024.0);
                    s
                } else {
                    cell.short_status().to_string()
                });
            }
            rows.push(r);
        }
        if self.baseline.is_some() {
            let mut r = vec!["geomean ratio".to_string()];
            for &c in &shown {
                r.push(match self.geomean_ratio(c) {
                    Some(g) if Some(c) != self.baseline => format!("{g:.2}x"),
                    _ => String::new(),
                });
            }
            rows.push(r);
        }
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for r in &rows {
            for (i, s) in r.iter().enumerate() {
                if i == 0 {
                    let _ = write!(out, "{s:<w$}", w = widths[i]);
                } else {
                    let _ = write!(out, "  {s:>w$}", w = widths[i]);
                }
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "(median wall time{}, ratio to {}, peak RSS)",
            if self.repeat > 1 {
                " ± half-range"
            } else {
                ""
            },
            self.baseline_name()
        );
        for c in &self.columns {
            if let Some(why) = &c.unavailable {
                let _ = writeln!(out, "{}: unavailable ({why})", c.name);
            }
        }
        out
    }

    pub fn markdown(&self) -> String {
        let shown = self.shown();
        let base = self.baseline_name().to_string();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Size `{}`, median of {} run{} (± half the range); in brackets: time relative to {base} \
             (lower is faster).\n",
            self.size,
            self.repeat,
            if self.repeat == 1 { "" } else { "s" }
        );
        out.push_str("| benchmark |");
        for &c in &shown {
            let _ = write!(out, " {} |", self.columns[c].name);
        }
        out.push_str("\n|---|");
        for _ in &shown {
            out.push_str("---:|");
        }
        out.push('\n');
        for b in &self.benches {
            let _ = write!(out, "| {} |", b.name);
            for &c in &shown {
                let cell = &b.cells[c];
                if cell.ok() {
                    let _ = write!(out, " {:.3} s", cell.median());
                    if cell.times.len() > 1 {
                        let _ = write!(out, " ±{:.0}%", stats::spread(&cell.times) * 100.0);
                    }
                    if let (Some(x), false) = (self.ratio(b, c), Some(c) == self.baseline) {
                        let _ = write!(out, " ({x:.2}×)");
                    }
                    out.push_str(" |");
                } else {
                    let _ = write!(out, " {} |", cell.short_status());
                }
            }
            out.push('\n');
        }
        if self.baseline.is_some() {
            out.push_str("| **geometric mean** |");
            for &c in &shown {
                match self.geomean_ratio(c) {
                    Some(g) if Some(c) != self.baseline => {
                        let _ = write!(out, " **{g:.2}×** |");
                    }
                    _ => out.push_str(" |"),
                }
            }
            out.push('\n');
        }
        out.push_str("\nPeak memory (max RSS of the process, MiB):\n\n| benchmark |");
        for &c in &shown {
            let _ = write!(out, " {} |", self.columns[c].name);
        }
        out.push_str("\n|---|");
        for _ in &shown {
            out.push_str("---:|");
        }
        out.push('\n');
        for b in &self.benches {
            let _ = write!(out, "| {} |", b.name);
            for &c in &shown {
                let cell = &b.cells[c];
                if cell.rss_kb.is_empty() {
                    out.push_str(" |");
                } else {
                    let _ = write!(out, " {:.1} |", cell.peak_rss_kb() as f64 / 1024.0);
                }
            }
            out.push('\n');
        }
        out.push('\n');
        for c in &self.columns {
            match &c.unavailable {
                Some(why) => {
                    let _ = writeln!(out, "- {}: not measured ({why})", c.name);
                }
                None => {
                    let v = if c.version.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", c.version)
                    };
                    // The program's file name, not its path on the measuring machine.
                    let mut words = c.command.split(' ');
                    let program = words.next().unwrap_or("");
                    let program = program.rsplit('/').next().unwrap_or(program);
                    let rest: Vec<&str> = words.collect();
                    let cmd = if rest.is_empty() {
                        program.to_string()
                    } else {
                        format!("{program} {}", rest.join(" "))
                    };
                    let _ = writeln!(out, "- {}{v}: `{cmd}`", c.name);
                }
            }
        }
        let _ = writeln!(out, "- machine: {}", self.machine);
        out
    }

    pub fn json(&self) -> String {
        let mut o = String::new();
        o.push_str("{\n");
        let _ = writeln!(o, "  \"size\": {},", js(&self.size));
        let _ = writeln!(o, "  \"repeat\": {},", self.repeat);
        let _ = writeln!(o, "  \"machine\": {},", js(&self.machine));
        let _ = writeln!(
            o,
            "  \"baseline\": {},",
            self.baseline
                .map(|b| js(&self.columns[b].name))
                .unwrap_or_else(|| "null".into())
        );
        o.push_str("  \"columns\": [\n");
        for (i, c) in self.columns.iter().enumerate() {
            let _ = write!(
                o,
                "    {{\"name\": {}, \"command\": {}, \"version\": {}, \"available\": {}, \"why_unavailable\": {}, \"geomean_ratio\": {}}}",
                js(&c.name),
                js(&c.command),
                js(&c.version),
                c.unavailable.is_none(),
                c.unavailable.as_deref().map(js).unwrap_or_else(|| "null".into()),
                num(self.geomean_ratio(i))
            );
            o.push_str(if i + 1 < self.columns.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        o.push_str("  ],\n  \"benchmarks\": [\n");
        for (bi, b) in self.benches.iter().enumerate() {
            let _ = writeln!(
                o,
                "    {{\"name\": {}, \"expected\": {}, \"results\": {{",
                js(&b.name),
                b.expected
                    .as_deref()
                    .map(js)
                    .unwrap_or_else(|| "null".into())
            );
            for (c, cell) in b.cells.iter().enumerate() {
                let (status, detail) = match &cell.status {
                    Status::Ok if cell.times.is_empty() => ("not run", None),
                    Status::Ok => ("ok", None),
                    Status::Mismatch { got } => ("mismatch", Some(got.as_str())),
                    Status::Failed { why } => ("failed", Some(why.as_str())),
                    Status::Unavailable => ("unavailable", None),
                };
                let times: Vec<String> = cell.times.iter().map(|t| format!("{t:.6}")).collect();
                let rss: Vec<String> = cell.rss_kb.iter().map(|r| r.to_string()).collect();
                let has = !cell.times.is_empty();
                let _ = write!(
                    o,
                    "      {}: {{\"status\": \"{status}\", \"detail\": {}, \"times_s\": [{}], \"median_s\": {}, \"min_s\": {}, \"max_s\": {}, \"max_rss_kb\": [{}], \"ratio\": {}}}",
                    js(&self.columns[c].name),
                    detail.map(js).unwrap_or_else(|| "null".into()),
                    times.join(", "),
                    num(has.then(|| cell.median())),
                    num(has.then(|| stats::min(&cell.times))),
                    num(has.then(|| stats::max(&cell.times))),
                    rss.join(", "),
                    num(self.ratio(b, c))
                );
                o.push_str(if c + 1 < b.cells.len() { ",\n" } else { "\n" });
            }
            o.push_str("    }}");
            o.push_str(if bi + 1 < self.benches.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        o.push_str("  ]\n}\n");
        o
    }

    /// A horizontal bar chart of each column's time relative to the baseline (log scale).
    pub fn svg(&self) -> String {
        let Some(base) = self.baseline else {
            return String::from(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"10\" y=\"25\">no baseline column</text></svg>\n",
            );
        };
        let cols: Vec<usize> = self.shown().into_iter().filter(|&c| c != base).collect();
        const PALETTE: [&str; 6] = [
            "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
        ];
        let (label_w, plot_w, bar_h, gap, top) = (120.0, 560.0, 12.0, 10.0, 50.0);
        let group_h = bar_h * cols.len().max(1) as f64 + gap;
        let height = top + group_h * (self.benches.len() + 1) as f64 + 40.0;
        let width = label_w + plot_w + 40.0;
        let ratios: Vec<f64> = self
            .benches
            .iter()
            .flat_map(|b| cols.iter().filter_map(move |&c| self.ratio(b, c)))
            .collect();
        let lo = stats::min(&ratios).min(0.5).log2().floor();
        let hi = stats::max(&ratios).max(2.0).log2().ceil();
        let x_of = |r: f64| label_w + (r.log2() - lo) / (hi - lo) * plot_w;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">"
        );
        let _ = writeln!(
            s,
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"{label_w}\" y=\"18\" font-size=\"13\">Time relative to {} (size {}, log scale; left of the line is faster)</text>",
            esc(&self.columns[base].name),
            esc(&self.size)
        );
        // Grid lines at powers of two.
        let mut e = lo;
        while e <= hi {
            let x = x_of(2f64.powf(e));
            let label = if e >= 0.0 {
                format!("{}×", 2f64.powf(e))
            } else {
                format!("1/{}", 2f64.powf(-e))
            };
            let stroke = if e == 0.0 { "#000" } else { "#ddd" };
            let _ = writeln!(
                s,
                "<line x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{stroke}\"/><text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
                height - 40.0,
                top - 6.0
            );
            e += 1.0;
        }
        let mut rows: Vec<(String, Vec<Option<f64>>)> = self
            .benches
            .iter()
            .map(|b| {
                (
                    b.name.clone(),
                    cols.iter().map(|&c| self.ratio(b, c)).collect(),
                )
            })
            .collect();
        rows.push((
            "geometric mean".to_string(),
            cols.iter().map(|&c| self.geomean_ratio(c)).collect(),
        ));
        for (i, (name, rs)) in rows.iter().enumerate() {
            let y0 = top + i as f64 * group_h + gap / 2.0;
            let weight = if i + 1 == rows.len() {
                "bold"
            } else {
                "normal"
            };
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-weight=\"{weight}\">{}</text>",
                label_w - 6.0,
                y0 + group_h / 2.0,
                esc(name)
            );
            for (k, r) in rs.iter().enumerate() {
                let y = y0 + k as f64 * bar_h;
                let color = PALETTE[k % PALETTE.len()];
                match r {
                    Some(r) => {
                        let (x1, x2) = (x_of(1.0), x_of(*r));
                        let _ = writeln!(
                            s,
                            "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{color}\"><title>{}: {r:.2}×</title></rect><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\">{r:.2}</text>",
                            x1.min(x2),
                            (x2 - x1).abs().max(1.0),
                            bar_h - 2.0,
                            esc(&self.columns[cols[k]].name),
                            x1.max(x2) + 3.0,
                            y + bar_h - 4.0
                        );
                    }
                    None => {
                        let _ = writeln!(
                            s,
                            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" fill=\"{color}\">n/a</text>",
                            x_of(1.0) + 3.0,
                            y + bar_h - 4.0
                        );
                    }
                }
            }
        }
        // Legend.
        let ly = height - 18.0;
        for (k, &c) in cols.iter().enumerate() {
            let x = label_w + k as f64 * 130.0;
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{ly:.1}\">{}</text>",
                ly - 9.0,
                PALETTE[k % PALETTE.len()],
                x + 14.0,
                esc(&self.columns[c].name)
            );
        }
        s.push_str("</svg>\n");
        s
    }
}

fn num(x: Option<f64>) -> String {
    match x {
        Some(v) if v.is_finite() => format!("{v:.6}"),
        _ => "null".to_string(),
    }
}

/// A JSON string literal.
pub fn js(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Results {
        let col = |name: &str| ColumnInfo {
            name: name.to_string(),
            command: name.to_string(),
            version: String::new(),
            unavailable: None,
            strict: name.starts_with("upy"),
        };
        let cell = |t: &[f64]| Cell {
            status: Status::Ok,
            times: t.to_vec(),
            rss_kb: vec![2048; t.len()],
        };
        Results {
            size: "small".into(),
            repeat: 3,
            columns: vec![col("python3"), col("upy")],
            baseline: Some(0),
            benches: vec![
                BenchResult {
                    name: "a".into(),
                    expected: Some("a 1\n".into()),
                    cells: vec![cell(&[1.0, 1.0, 1.0]), cell(&[2.0, 2.0, 2.0])],
                },
                BenchResult {
                    name: "b\"".into(),
                    expected: Some("b 2\n".into()),
                    cells: vec![
                        cell(&[1.0, 1.0, 1.0]),
                        Cell {
                            status: Status::Mismatch {
                                got: "b 3\n".into(),
                            },
                            times: vec![0.5],
                            rss_kb: vec![1],
                        },
                    ],
                },
            ],
            machine: "test".into(),
        }
    }

    #[test]
    fn ratios_and_failures() {
        let r = sample();
        assert_eq!(r.ratio(&r.benches[0], 1), Some(2.0));
        assert_eq!(r.ratio(&r.benches[1], 1), None);
        assert_eq!(r.geomean_ratio(1), Some(2.0));
        let f = r.failures();
        assert_eq!(f.len(), 1);
        assert!(f[0].0 && f[0].1.contains("got:      b 3"));
    }

    #[test]
    fn renderings() {
        let r = sample();
        let md = r.markdown();
        assert!(
            md.contains("| a | 1.000 s ±0% | 2.000 s ±0% (2.00×) |"),
            "{md}"
        );
        assert!(md.contains("wrong output"));
        let j = r.json();
        assert!(j.contains("\"name\": \"b\\\"\""));
        assert!(j.contains("\"status\": \"mismatch\""));
        let svg = r.svg();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(r.text_table().contains("2.00x"));
    }
}
