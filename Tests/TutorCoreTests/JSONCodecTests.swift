import Foundation
import Testing

@testable import TutorEngine
@testable import TutorStorage

/// The progress file's own JSON codec (TutorStorage/JSON), checked against Foundation's,
/// which it replaced on the start path: the same files must read the same either way.
@Suite struct JSONCodecTests {
    /// A progress file of today's format as the tutorial writes it, with every field used.
    static let realProgressFile = """
        {
          "answers" : [
            {
              "at" : "2026-11-30T09:15:02Z",
              "correct" : false,
              "lessonID" : "step-2",
              "questionID" : "step-2-q1",
              "response" : [
                2
              ]
            },
            {
              "at" : "2026-11-30T09:16:40Z",
              "correct" : true,
              "lessonID" : "site-liver",
              "questionID" : "site-liver-q2",
              "response" : [
                0,
                3,
                1
              ]
            }
          ],
          "finishedLessons" : [
            "what-is-metastasis",
            "step-1"
          ],
          "formatVersion" : 1,
          "path" : "overview",
          "positions" : {
            "full" : {
              "lesson" : "step-2",
              "screen" : 3
            },
            "overview" : {
              "lesson" : "site-liver",
              "screen" : 0
            }
          },
          "reviewCards" : {
            "step-2-q1" : {
              "box" : 1,
              "due" : "2026-11-30T09:15:02Z",
              "lastAnswered" : "2026-11-30T09:15:02Z",
              "right" : 0,
              "wrong" : 1
            }
          },
          "updatedAt" : "2026-11-30T09:16:41Z"
        }

        """

    @Test func aRealProgressFileReadsTheSameAsWithFoundation() throws {
        let bytes = Array(Self.realProgressFile.utf8)
        let ours = try JSON.decode(ProgressRecord.self, from: bytes)
        let foundation = try JSONDecoder().decode(ProgressRecord.self, from: Data(bytes))
        #expect(ours == foundation)
        #expect(ours.answers.count == 2)
        #expect(ours.reviewCards?["step-2-q1"]?.wrong == 1)
    }

    @Test func whatItWritesIsTheFileItRead() throws {
        let record = try JSON.decode(ProgressRecord.self, from: Array(Self.realProgressFile.utf8))
        let written = try JSON.encode(record)
        #expect(String(decoding: written, as: UTF8.self) == Self.realProgressFile)
        #expect(try JSONDecoder().decode(ProgressRecord.self, from: Data(written)) == record)
    }

    @Test func whatFoundationWritesItReads() throws {
        let record = try JSON.decode(ProgressRecord.self, from: Array(Self.realProgressFile.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let compact = try encoder.encode(record)
        #expect(try JSON.decode(ProgressRecord.self, from: Array(compact)) == record)
    }

    /// Any JSON value, read through a decoder's containers.
    indirect enum Value: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        init(from decoder: any Decoder) throws {
            let single = try? decoder.singleValueContainer()
            if let single, single.decodeNil() {
                self = .null
            } else if let flag = try? single?.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? single?.decode(Double.self) {
                self = .number(number)
            } else if let text = try? single?.decode(String.self) {
                self = .string(text)
            } else if let elements = try? single?.decode([Value].self) {
                self = .array(elements)
            } else {
                self = .object(try [String: Value](from: decoder))
            }
        }

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool(let flag): self = .bool(flag)
            case .number(let text): self = .number(Double(text)!)
            case .string(let text): self = .string(text)
            case .array(let elements): self = .array(elements.map(Value.init))
            case .object(let members):
                self = .object(Dictionary(members.map { ($0.name, Value($0.value)) }, uniquingKeysWith: { $1 }))
            }
        }
    }

    @Test(arguments: [
        "\"caf\\u00e9 \\ud83d\\ude00 tab\\t quote\\\" back\\\\ slash\\/\"",
        "[1, -0, 0.5, -12.25e3, 1E-2, 123456789012, 0]",
        "{\"a\": {\"b\": [true, false, null, {}]}, \"\": []}",
        "\"ünï 中文 \\u0000\"",
    ])
    func valuesReadLikeFoundationReadsThem(_ text: String) throws {
        let parsed = try JSONParser.parse(Array(text.utf8))
        let foundation = try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        #expect(Value(parsed) == foundation)
        #expect(try JSON.decode(Value.self, from: Array(text.utf8)) == foundation)
        // And what it writes (members sorted by name) reads back as the same value.
        #expect(Value(try JSONParser.parse(JSONWriter.write(parsed))) == foundation)
    }

    @Test func integersKeepEveryDigit() throws {
        struct Big: Codable, Equatable { var count: UInt64; var offset: Int64 }
        let value = Big(count: .max, offset: .min)
        #expect(try JSON.decode(Big.self, from: JSON.encode(value)) == value)
        #expect(throws: (any Error).self) { try JSON.decode(Big.self, from: Array("{\"count\": -1, \"offset\": 0}".utf8)) }
        #expect(throws: (any Error).self) { try JSON.decode(Big.self, from: Array("{\"count\": 1.5, \"offset\": 0}".utf8)) }
    }

    @Test(arguments: [
        ("", 1, 1, "the document ends where a value should be"),
        ("{\"a\": 1,}", 1, 9, "expected a name in quotes"),
        ("[1, 2", 1, 6, "expected , or ]"),
        ("{\n  \"a\": tru\n}", 2, 8, "expected true"),
        ("{\n  \"é\" 1}", 2, 7, "expected : after a name"),
        ("[01]", 1, 3, "expected , or ]"),
        ("[1.]", 1, 4, "expected a digit after the point"),
        ("\"a\nb\"", 1, 3, "a control character inside quotes"),
        ("\"\\x\"", 1, 4, "an unknown escape after \\"),
        ("\"\\ud83d\"", 1, 8, "half of a surrogate pair"),
        ("\"abc", 1, 5, "the text in quotes does not end"),
        ("{} {}", 1, 4, "more text after the end of the document"),
        ("'a'", 1, 1, "expected a value"),
    ])
    func syntaxErrorsSayLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: JSONParser.SyntaxError(line: line, column: column, message: message)) {
            try JSONParser.parse(Array(text.utf8))
        }
    }

    @Test func textThatIsNotUTF8IsRefused() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func nestingStopsAtTheDepthLimit() throws {
        let limit = JSONParser.depthLimit
        let fits = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try JSONParser.parse(Array(fits.utf8)) }
        // A hostile file of a million brackets is refused, not a stack overflow.
        let deep = String(repeating: "[", count: 1_000_000)
        #expect(throws: JSONParser.SyntaxError(line: 1, column: limit + 1, message: "nested more than \(limit) deep")) {
            try JSONParser.parse(Array(deep.utf8))
        }
    }

    @Test func aMissingFieldNamesItsPath() throws {
        let text = "{\"formatVersion\": 1, \"path\": \"full\", \"positions\": {\"full\": {\"lesson\": \"a\"}}, \"finishedLessons\": [], \"answers\": []}"
        do {
            _ = try JSON.decode(ProgressRecord.self, from: Array(text.utf8))
            Issue.record("a position without a screen was read")
        } catch let error as DecodingError {
            guard case .keyNotFound(let key, let context) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(key.stringValue == "screen")
            #expect(context.codingPath.map(\.stringValue) == ["positions", "full"])
        }
    }
}
