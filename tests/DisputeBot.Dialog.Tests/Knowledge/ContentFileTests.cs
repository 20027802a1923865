using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Knowledge.Content;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>The YAML a support team may write reads into the content tree; what it must not write is named.</summary>
public class ContentFileTests
{
    [Fact]
    public void Block_and_flow_collections_folded_text_and_empty_values_are_read()
    {
        const string yaml = """
            # a comment
            name: plain text
            folded: >-
              two
              lines
            quoted: "a: b"
            list:
              - one
              - [two, three]
            indentless:
            - four
            map: {a: 1, b: }
            empty:
            tilde: ~
            """;

        var root = Assert.IsType<ContentMap>(ContentFile.Parse(yaml, "x.yaml").Root);

        Assert.Equal("plain text", Text(root["name"]));
        Assert.Equal("two lines", Text(root["folded"]));
        Assert.Equal("a: b", Text(root["quoted"]));
        var list = Assert.IsType<ContentList>(root["list"]);
        Assert.Equal("one", Text(list.Items[0]));
        Assert.Equal(["two", "three"], Assert.IsType<ContentList>(list.Items[1]).Items.Select(Text));
        Assert.Equal(["four"], Assert.IsType<ContentList>(root["indentless"]).Items.Select(Text));
        var map = Assert.IsType<ContentMap>(root["map"]);
        Assert.Equal("1", Text(map["a"]));
        Assert.True(Assert.IsType<ContentText>(map["b"]).IsNull);
        Assert.True(Assert.IsType<ContentText>(root["empty"]).IsNull);
        Assert.True(Assert.IsType<ContentText>(root["tilde"]).IsNull);
        Assert.Equal(8, root["list"]!.Line);
    }

    [Fact]
    public void Anchors_and_aliases_are_followed()
    {
        const string yaml = """
            first: &general [order page, tracking]
            second: *general
            """;

        var root = Assert.IsType<ContentMap>(ContentFile.Parse(yaml, "x.yaml").Root);

        Assert.Same(root["first"], root["second"]);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", "the key 'a' is written twice (lines 1 and 2)")]
    [InlineData("a: 1\n---\nb: 2\n", "more than one YAML document")]
    [InlineData("a: *nowhere\n", "unknown alias '*nowhere'")]
    [InlineData("%YAML 1.1\n---\na: 1\n", "directive")]
    [InlineData("a: !!int 1\n", "!tag")]
    [InlineData("a: [1, 2\nb: 3\n", "not valid YAML")]
    [InlineData("a: 'unclosed\n", "not valid YAML")]
    [InlineData("", "the file is empty")]
    [InlineData("# only a comment\n", "the file is empty")]
    [InlineData("? [a, b]\n: c\n", "a key must be a plain name")]
    public void Broken_yaml_is_named_with_the_file(string yaml, string expected)
    {
        var error = Assert.Throws<KnowledgeException>(() => ContentFile.Parse(yaml, "dialogs/en/x.yaml"));

        Assert.StartsWith("dialogs/en/x.yaml: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string Text(ContentNode? node) => Assert.IsType<ContentText>(node).Value;
}
