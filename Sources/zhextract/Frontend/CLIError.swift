/// A problem with what the user typed or with the files named, said in one sentence.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
