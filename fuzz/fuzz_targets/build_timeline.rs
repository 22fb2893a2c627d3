#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| timeweave_fuzz::build_timeline(data));
