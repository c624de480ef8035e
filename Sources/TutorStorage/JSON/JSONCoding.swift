/// Codable to and from JSON without Foundation, whose code and ICU data would more than
/// double the memory the tutorial needs at its first screen (README, "Benchmarks").
public enum JSON {
    /// Pretty-printed JSON with sorted keys, ending in a newline.
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = ValueEncoder(path: [])
        try value.encode(to: encoder)
        var bytes = JSONWriter.write(encoder.node.value)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try Value(from: ValueDecoder(value: try JSONParser.parse(bytes), path: []))
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from value: JSONValue) throws -> Value {
        try Value(from: ValueDecoder(value: value, path: []))
    }
}

/// A key for positions in arrays and for `superEncoder`.
struct PlainKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

// MARK: Encoding

/// A value being built; containers hold references so nested containers fill in later.
final class EncodedNode {
    enum Content {
        case empty
        case single(JSONValue)
        case object([(String, EncodedNode)])
        case array([EncodedNode])
    }
    var content = Content.empty

    var value: JSONValue {
        switch content {
        case .empty: return .object([])
        case .single(let value): return value
        case .object(let members): return .object(members.map { ($0.0, $0.1.value) })
        case .array(let elements): return .array(elements.map(\.value))
        }
    }

    func member(_ name: String) -> EncodedNode {
        if case .object(var members) = content {
            if let existing = members.first(where: { $0.0 == name }) { return existing.1 }
            let node = EncodedNode()
            members.append((name, node))
            content = .object(members)
            return node
        }
        let node = EncodedNode()
        content = .object([(name, node)])
        return node
    }

    func appended() -> EncodedNode {
        let node = EncodedNode()
        if case .array(var elements) = content {
            elements.append(node)
            content = .array(elements)
        } else {
            content = .array([node])
        }
        return node
    }
}

enum Scalar {
    static func number<T: BinaryInteger>(_ value: T) -> JSONValue { .number(String(value)) }

    static func number<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T, _ path: [any CodingKey]) throws
        -> JSONValue
    {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: path, debugDescription: "JSON cannot hold \(value)"))
        }
        return .number(String(value))
    }
}

struct ValueEncoder: Encoder {
    let node: EncodedNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(path: [any CodingKey], node: EncodedNode = EncodedNode()) {
        self.codingPath = path
        self.node = node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleEncoder(node: node, codingPath: codingPath)
    }
}

struct KeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    var codingPath: [any CodingKey]

    private func set(_ value: JSONValue, _ key: Key) { node.member(key.stringValue).content = .single(value) }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try Scalar.number(value, codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try Scalar.number(value, codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(Scalar.number(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: ValueEncoder(path: codingPath + [key], node: node.member(key.stringValue)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        ValueEncoder(path: codingPath + [key], node: node.member(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ValueEncoder(path: codingPath + [key], node: node.member(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(path: codingPath + [PlainKey(stringValue: "super")], node: node.member("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(path: codingPath + [key], node: node.member(key.stringValue))
    }
}

struct UnkeyedEncoder: UnkeyedEncodingContainer {
    let node: EncodedNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let elements) = node.content { return elements.count }
        return 0
    }

    private var nextKey: PlainKey { PlainKey(intValue: count) }
    private func add(_ value: JSONValue) { node.appended().content = .single(value) }

    mutating func encodeNil() throws { add(.null) }
    mutating func encode(_ value: Bool) throws { add(.bool(value)) }
    mutating func encode(_ value: String) throws { add(.string(value)) }
    mutating func encode(_ value: Double) throws { add(try Scalar.number(value, codingPath + [nextKey])) }
    mutating func encode(_ value: Float) throws { add(try Scalar.number(value, codingPath + [nextKey])) }
    mutating func encode(_ value: Int) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: Int8) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: Int16) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: Int32) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: Int64) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: UInt) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: UInt8) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: UInt16) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: UInt32) throws { add(Scalar.number(value)) }
    mutating func encode(_ value: UInt64) throws { add(Scalar.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [nextKey]
        try value.encode(to: ValueEncoder(path: path, node: node.appended()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let path = codingPath + [nextKey]
        return ValueEncoder(path: path, node: node.appended()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [nextKey]
        return ValueEncoder(path: path, node: node.appended()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [nextKey]
        return ValueEncoder(path: path, node: node.appended())
    }
}

struct SingleEncoder: SingleValueEncodingContainer {
    let node: EncodedNode
    var codingPath: [any CodingKey]

    private func set(_ value: JSONValue) { node.content = .single(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try Scalar.number(value, codingPath)) }
    mutating func encode(_ value: Float) throws { set(try Scalar.number(value, codingPath)) }
    mutating func encode(_ value: Int) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: Int8) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: Int16) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: Int32) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: Int64) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: UInt) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: UInt8) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: UInt16) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: UInt32) throws { set(Scalar.number(value)) }
    mutating func encode(_ value: UInt64) throws { set(Scalar.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: ValueEncoder(path: codingPath, node: node))
    }
}
