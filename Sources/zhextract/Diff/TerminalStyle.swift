/// ANSI colours for human-readable output, or none: when standard output is not a
/// terminal, when `NO_COLOR` is set (https://no-color.org), or with `--color never`.
struct TerminalStyle: Sendable {
  var enabled: Bool

  func red(_ s: String) -> String { wrap(s, "31") }
  func green(_ s: String) -> String { wrap(s, "32") }
  func yellow(_ s: String) -> String { wrap(s, "33") }
  func bold(_ s: String) -> String { wrap(s, "1") }
  func dim(_ s: String) -> String { wrap(s, "2") }
  func underline(_ s: String) -> String { wrap(s, "4") }

  private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
}
