import Hummingbird

/// Reads a request body into memory, refusing one past the limit (413) as soon as it is
/// known: from `Content-Length` before a byte is read, else while reading.
enum RequestBodyReader {
  static func read(_ request: Request, limit: Int) async throws(ServeError) -> [UInt8] {
    if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
      throw .bodyTooLarge(limit: limit)
    }
    var bytes: [UInt8] = []
    do {
      for try await buffer in request.body {
        guard bytes.count + buffer.readableBytes <= limit else { throw ServeError.bodyTooLarge(limit: limit) }
        buffer.withUnsafeReadableBytes { bytes.append(contentsOf: $0) }
      }
    } catch let error as ServeError {
      throw error
    } catch {
      throw ServeError(status: .badRequest, code: "unreadable", message: "the request body could not be read: \(error)")
    }
    return bytes
  }
}

/// What a `POST /v1/extract` body holds, told by its `Content-Type`.
enum ExtractBodyKind: Equatable {
  /// `application/json` (or `…+json`): one record `{"id","text","published"?}`, or an array of them.
  case json
  /// `application/x-ndjson` (also `application/jsonl`, `application/x-jsonlines`): one record a line.
  case jsonLines
  /// Anything else (`text/plain; charset=…`, `text/html`, `application/octet-stream`, none):
  /// the bytes of one document, read as `zhextract extract --stdin` reads them.
  case raw

  init(contentType: String?) {
    let media = (contentType ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    switch media {
    case "application/json", "text/json": self = .json
    case _ where media.hasSuffix("+json"): self = .json
    case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl", "application/jsonlines",
      "application/x-jsonlines":
      self = .jsonLines
    default: self = .raw
    }
  }
}

/// The lines of a JSON Lines body, read as `zhextract extract --jsonl` reads standard input
/// (`LineReader`): a UTF-8 byte-order mark at the very start is dropped, so is a `\r` before
/// `\n`, a last line without `\n` counts, and lines of spaces and tabs only are no records
/// (but are counted, so line numbers match the body's).
enum BodyLines {
  static func split(_ bytes: [UInt8]) -> [(line: [UInt8], number: Int)] {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lines: [(line: [UInt8], number: Int)] = []
    var number = 0
    while start < bytes.count {
      let newline = bytes[start...].firstIndex(of: 0x0A)
      var end = newline ?? bytes.count
      if newline != nil, end > start, bytes[end - 1] == 0x0D { end -= 1 }
      number += 1
      let line = bytes[start..<end]
      if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { lines.append((Array(line), number)) }
      start = (newline ?? bytes.count) + 1
    }
    return lines
  }
}
