import ZhExtract

/// Turns a document id (from a JSON Lines record, or `--id`) into one file name that is safe
/// under `--out-dir`: no `/`, `\`, control characters or characters Windows forbids, not
/// hidden, not `.`/`..`, at most 200 bytes. When anything had to change, a short hash of the
/// original id is appended, so two different ids never share a file.
enum PathSafeName {
  static func name(for id: String) -> String {
    var scalars = String.UnicodeScalarView()
    var changed = false
    for scalar in id.unicodeScalars {
      switch scalar {
      case "/", "\\", ":", "*", "?", "\"", "<", ">", "|":
        scalars.append("_"); changed = true
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        scalars.append("_"); changed = true
      default:
        scalars.append(scalar)
      }
    }
    var name = String(scalars)
    if name.isEmpty || name.hasPrefix(".") {
      name = "_" + name
      changed = true
    }
    if name.utf8.count > 200 {
      var cut = String.UnicodeScalarView()
      var bytes = 0
      for scalar in name.unicodeScalars {
        bytes += String(scalar).utf8.count
        if bytes > 200 { break }
        cut.append(scalar)
      }
      name = String(cut)
      changed = true
    }
    guard changed else { return name }
    return name + "~" + String(ContentHash.hex(of: Array(id.utf8)).prefix(8))
  }
}
