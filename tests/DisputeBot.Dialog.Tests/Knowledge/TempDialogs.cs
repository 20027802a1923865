namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>
/// A throw-away dialogs/ folder holding a copy of the real English files (without rules.yaml: tests pass a rule
/// book, or copy it with <see cref="CopyRules"/>), for tests that change one thing and expect the loader to name it.
/// </summary>
internal sealed class TempDialogs : IDisposable
{
    private static readonly string[] ContentFiles = ["categories.yaml", "faq.yaml", "warnings.yaml", "vocabulary.yaml", "messages.yaml"];

    public TempDialogs()
    {
        Directory = Path.Combine(Path.GetTempPath(), "dialogs-test-" + Guid.NewGuid().ToString("N"), "dialogs");
        AddLanguage("en");
    }

    public string Directory { get; }

    /// <summary>Copies the English files into dialogs/{language}/.</summary>
    public string AddLanguage(string language)
    {
        var folder = Path.Combine(Directory, language);
        System.IO.Directory.CreateDirectory(folder);
        foreach (var file in ContentFiles)
        {
            File.Copy(Path.Combine(ContentFolder.English, file), Path.Combine(folder, file), overwrite: true);
        }

        return folder;
    }

    public void CopyRules() => File.Copy(Path.Combine(ContentFolder.Dialogs, "rules.yaml"), PathOf("rules.yaml"), overwrite: true);

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces the first occurrence of <paramref name="old"/>; fails if it is not there (the test is stale).</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = Read(relative);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    public void Dispose()
    {
        var root = System.IO.Directory.GetParent(Directory)!.FullName;
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
