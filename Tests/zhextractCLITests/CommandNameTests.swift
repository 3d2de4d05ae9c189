import ArgumentParser
import Testing
@testable import zhextract

/// Every command names itself (`CommandConfiguration.commandName`): without a name ArgumentParser
/// derives one from the type's name with `String(describing:)` at every start, 17 times a run and
/// 16 M instructions (the runtime's first reflection and dynamic casts). The names are the ones it
/// derived: the type's name in lower case, a hyphen before each inner capital.
@Suite struct CommandNameTests {
  static func tree(_ command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
    [command] + command.configuration.subcommands.flatMap { tree($0) }
  }

  static func derived(_ type: any ParsableCommand.Type) -> String {
    var name = ""
    for character in String(describing: type) {
      if character.isUppercase, !name.isEmpty { name += "-" }
      name += character.lowercased()
    }
    return name
  }

  @Test func everySubcommandNamesItselfAsItsTypeWouldBeNamed() {
    let commands = Self.tree(ZhExtractCommand.self).dropFirst()
    #expect(
      commands.map { $0.configuration.commandName } == [
        "extract", "diff", "serve", "normalize", "lexicon", "check", "generate-currencies", "countries", "image", "bench",
      ])
    for command in commands { #expect(command.configuration.commandName == Self.derived(command)) }
    #expect(ZhExtractCommand.configuration.commandName == "zhextract")
  }
}
