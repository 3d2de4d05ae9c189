import Testing
@testable import ZhExtract

@Suite struct ContentHashTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func matchesStandardVectors(input: String, digest: String) {
    #expect(ContentHash.hex(of: Array(input.utf8)) == digest)
  }

  @Test func incrementalEqualsOneShot() {
    let bytes = (0..<1000).map { UInt8($0 % 251) }
    var h = ContentHash()
    h.update(bytes[0..<7]); h.update(bytes[7..<130]); h.update(bytes[130...])
    #expect(h.finalize() == ContentHash.hex(of: bytes))
  }
}
