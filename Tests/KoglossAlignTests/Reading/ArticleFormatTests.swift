import Foundation
import Testing
@testable import KoglossAlign

/// `ArticleFormat(url:)` reads the extension from the URL's string when it can: it must agree with
/// Foundation's `pathExtension` on every kind of URL a user or a folder listing can give.
@Suite struct ArticleFormatTests {
    @Test(arguments: [
        "a.md", "a.MD", "a.markdown", "a.html", "a.htm", "a.xhtml", "a.txt", "a", "dir/a.md", "dir.md/a", "dir.md/", "dir/.md", ".md",
        "a..md", "a.md.", "..", ".", "dir/..", "dir.md/..", "dir.md/.", "a.tar.md", "my file.md", "caf\u{E9}.md", "a%2Emd", "a.m%64",
        "a b/c.html", "x/y/z.HTM", "-a.md", "a-b_c~d+e.md", "~/a.md", "/abs/a.md", "/abs/a", "/", "//a.md", "a.md#x", "a.md?y",
        "a;b.md", "기사.md", "a.md\u{301}",
    ])
    func fileURLsAgreeWithFoundation(_ path: String) {
        for url in [URL(fileURLWithPath: path), URL(fileURLWithPath: path, isDirectory: false),
                    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: "/tmp/base.md/"))] {
            #expect(ArticleFormat(url: url) == ArticleFormat(pathExtension: url.pathExtension), "\(url.relativeString) (\(url.pathExtension))")
        }
    }

    @Test(arguments: ["https://example.com/a.md", "https://a.md", "https://a.md/", "https://x.com/a.html?q=1.md", "file:///a.md",
                      "file:///a.md/", "file://host/a.md", "data:text/plain,a.md", "a.md", "mailto:a.md", "http://x/%61.md"])
    func otherURLsAgreeWithFoundation(_ string: String) throws {
        let url = try #require(URL(string: string))
        #expect(ArticleFormat(url: url) == ArticleFormat(pathExtension: url.pathExtension), "\(string) (\(url.pathExtension))")
    }
}
