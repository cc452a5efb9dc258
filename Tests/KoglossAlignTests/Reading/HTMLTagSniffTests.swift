import Foundation
import Testing
@testable import KoglossAlign

@Suite struct HTMLTagSniffTests {
    /// What `LintInputLoader` checked before: `Data.range(of:)` on the first 512 and 64 bytes.
    static func reference(_ data: Data) -> Bool {
        data.prefix(512).range(of: Data("<html".utf8)) != nil || data.prefix(64).range(of: Data("<!DOCTYPE".utf8)) != nil
    }

    @Test func agreesWithDataRangeAtTheLimits() {
        var cases: [Data] = [Data(), Data("<htm".utf8), Data("<html".utf8), Data("<!DOCTYPE html>".utf8), Data("<!doctype html><HTML>".utf8),
                             Data("text <<html>".utf8), Data("전략군 <html lang=ko>".utf8)]
        for offset in [0, 50, 55, 56, 59, 60, 500, 506, 507, 508, 511, 512, 600] {
            for tag in ["<html", "<!DOCTYPE"] {
                cases.append(Data(String(repeating: "x", count: offset).utf8) + Data(tag.utf8) + Data(" rest".utf8))
                cases.append(Data(String(repeating: "가", count: offset / 3).utf8) + Data(tag.utf8))
            }
        }
        for data in cases {
            #expect(ArticleReader.mentionsHTMLTag(data) == Self.reference(data), "\(String(decoding: data, as: UTF8.self).suffix(40))")
        }
        #expect(ArticleReader.mentionsHTMLTag(Data("<html>".utf8)))
        #expect(!ArticleReader.mentionsHTMLTag(Data("Body text.".utf8)))
    }
}
