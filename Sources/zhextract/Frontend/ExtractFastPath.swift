/// The command line users run most, once per file in shell loops: `zhextract extract FILE…` with
/// no option. argument-parser's parse of it cost 26 M instructions a process (reflection over
/// `extract`'s 27 options, casts that search the binary's conformances, a second pass for
/// completion scripts: a sixth of a one-line file's run); this line runs `ExtractRun(files:)`
/// instead, the values the parse gives (`ExtractFastPathTests`). Any other line — an option, `-`
/// for standard input, a word argument-parser reads as a request (`help`), no file — is parsed
/// as before, so help, errors and exit codes are unchanged.
enum ExtractFastPath {
  /// The file operands of `arguments` (the command line without the program's name) when it is
  /// `extract` and one or more plain paths; `nil` otherwise.
  static func files(of arguments: [String]) -> [String]? {
    guard arguments.count >= 2, arguments[0] == "extract" else { return nil }
    let files = Array(arguments.dropFirst())
    for file in files where file.isEmpty || file.hasPrefix("-") || file == "help" { return nil }
    return files
  }
}
