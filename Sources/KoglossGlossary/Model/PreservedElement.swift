/// An XML element kogloss does not model, kept as its serialised outer XML so that writing the termbase
/// back emits it unchanged (and a warning names it on read).
public struct PreservedElement: Sendable, Hashable, Codable {
    /// Local name, for warnings.
    public var name: String
    /// The element's outer XML as read.
    public var xml: String

    public init(name: String, xml: String) {
        self.name = name
        self.xml = xml
    }
}
