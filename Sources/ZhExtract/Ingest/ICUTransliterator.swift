import CICUShim

/// An ICU transliterator (`utrans`) opened by id, e.g. `Traditional-Simplified`.
///
/// Used where ICU is the source of truth: to read its rules and mappings once at load
/// (`ChineseConversionTable`), and by the benchmark and tests as the reference. Not for the
/// hot path: ICU's rule-based transliteration runs at a few MB/s.
package final class ICUTransliterator {
  private let handle: UnsafeMutableRawPointer

  /// Opens `id`; `nil` when ICU does not know it.
  package init?(id: String) {
    let units = Array(id.utf16)
    var error: Int32 = 0
    guard let handle = cicu_translit_open(units, Int32(units.count), &error), error <= 0 else { return nil }
    self.handle = handle
  }

  deinit { cicu_translit_close(handle) }

  /// Transliterates UTF-16 text (the whole text at once, as `utrans_transUChars`).
  package func transliterate(utf16 text: [UInt16]) -> [UInt16] {
    var capacity = text.count * 2 + 16
    while true {
      var buffer = text + [UInt16](repeating: 0, count: capacity - text.count)
      var length = Int32(text.count)
      var error: Int32 = 0
      let needed = cicu_translit(handle, &buffer, &length, Int32(capacity), &error)
      if error == Self.bufferOverflow {
        capacity = Int(needed) + 16
        continue
      }
      precondition(error <= 0, "ICU transliteration failed with error \(error)")
      return Array(buffer.prefix(Int(length)))
    }
  }

  /// Transliterates a string.
  package func transliterate(_ text: String) -> String {
    String(decoding: transliterate(utf16: Array(text.utf16)), as: UTF16.self)
  }

  /// The code points the transliterator may change (its source set).
  package var sourceSet: [Unicode.Scalar] {
    var error: Int32 = 0
    let count = cicu_translit_source_set(handle, nil, 0, &error)
    var out = [Int32](repeating: 0, count: Int(count))
    error = 0
    _ = cicu_translit_source_set(handle, &out, count, &error)
    precondition(error <= 0, "ICU source set failed with error \(error)")
    return out.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
  }

  /// The rules the transliterator is built from, as ICU writes them (`utrans_toRules`).
  package var rules: String {
    var error: Int32 = 0
    let needed = cicu_translit_rules(handle, nil, 0, &error)
    var buffer = [UInt16](repeating: 0, count: Int(needed) + 1)
    error = 0
    let written = cicu_translit_rules(handle, &buffer, Int32(buffer.count), &error)
    precondition(error <= 0, "ICU rules failed with error \(error)")
    return String(decoding: buffer.prefix(Int(written)), as: UTF16.self)
  }

  static let bufferOverflow: Int32 = 15
}
