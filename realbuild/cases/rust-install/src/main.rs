// The official rust image's README example shape: cargo install --path . and CMD by name.
use std::collections::BTreeMap;
use std::env;

fn main() {
    let words = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in words.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    for (w, n) in &counts {
        println!("{w}: {n}");
    }
    println!("args: {:?}", env::args().skip(1).collect::<Vec<_>>());
    println!("path: {}", env::var("PATH").unwrap_or_default().split(':').count() > 0);
}
