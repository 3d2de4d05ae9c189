/// Decodes the bytes of a document.
package enum ByteDecoder {
  package static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
    var scalars: [Unicode.Scalar] = []
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var decoder = UTF8()
    var iterator = body.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): scalars.append(s)
      case .emptyInput: break loop
      case .error: scalars.append("\u{FFFD}")
      }
    }
    return DecodedText(scalars: scalars, encoding: "UTF-8", warnings: [])
  }
}
