//! Modules written in Python and frozen into upy: their source is part of the binary (flash,
//! on a board) and is compiled when the module is first imported.

/// The source of frozen module `name`.
pub fn source(name: &str) -> Option<&'static str> {
    match name {
        "collections" => Some(include_str!("frozen/collections.py")),
        "json" => Some(include_str!("frozen/json.py")),
        "io" => Some(include_str!("frozen/io.py")),
        "heapq" => Some(include_str!("frozen/heapq.py")),
        "os" => Some(include_str!("frozen/os.py")),
        "itertools" => Some(include_str!("frozen/itertools.py")),
        "functools" => Some(include_str!("frozen/functools.py")),
        "binascii" => Some(include_str!("frozen/binascii.py")),
        "re" => Some(include_str!("frozen/re.py")),
        "asyncio" => Some(include_str!("frozen/asyncio.py")),
        _ => None,
    }
}
