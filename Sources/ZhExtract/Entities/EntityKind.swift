/// What an entity is (SPEC `entities[].type`).
package enum EntityKind: String, Sendable, Hashable, CaseIterable {
  case person, organization, product, location
}
