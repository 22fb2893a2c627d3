#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| timeweave_fuzz::load_json(data));
