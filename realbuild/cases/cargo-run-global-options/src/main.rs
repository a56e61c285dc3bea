// Started with `cargo run --release -- --times 2`: prints a line per time and its own
// build profile; the exit code depends on the argument.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut times = 1;
    let mut i = 1;
    while i < args.len() {
        if args[i] == "--times" && i + 1 < args.len() {
            times = args[i + 1].parse().unwrap_or(0);
            i += 1;
        }
        i += 1;
    }
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    for n in 1..=times {
        println!("count #{} ({} build)", n, profile);
    }
    std::process::exit(if times == 2 { 0 } else { 1 });
}
