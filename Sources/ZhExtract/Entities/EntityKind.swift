/// What an entity is (SPEC `entities[].type`).
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
  case person, organization, product, location
}
