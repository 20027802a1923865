using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.Terminal;

/// <summary>Writes replies as plain text: numbered choices, ticked checklists, cards with headings, files saved to a
/// temporary folder.</summary>
internal sealed class TerminalRenderer(TextWriter output)
{
    public void Render(Reply reply)
    {
        if (reply is HandoffReply or RelayReply)
        {
            // For a person taking over: the terminal has nobody to hand over to.
            return;
        }

        switch (reply)
        {
            case TextReply { Tone: ReplyTone.Warning } warning:
                Write("⚠ " + warning.Text);
                break;
            case TextReply text:
                Write(text.Text);
                break;
            case ChoicesReply choices:
                Write(choices.Text);
                for (var i = 0; i < choices.Choices.Count; i++)
                {
                    output.WriteLine($"  {i + 1}. {choices.Choices[i].Label}");
                }

                break;
            case ChecklistReply checklist:
                Write(checklist.Title);
                foreach (var line in checklist.Lines)
                {
                    output.WriteLine($"  [{(line.Done ? "x" : " ")}] {line.Text}");
                }

                if (checklist.Footer is { } footer)
                {
                    Write(footer);
                }

                break;
            case FileReply file:
                Write(file.Caption);
                Write("  " + SaveFile(file));
                break;
            case CardReply card:
                output.WriteLine("== " + card.Title + " ==");
                foreach (var section in card.Sections)
                {
                    output.WriteLine("-- " + section.Heading);
                    foreach (var line in section.Lines)
                    {
                        output.WriteLine(section.Copyable ? "    " + line.ReplaceLineEndings("\n    ") : "  • " + line.TrimStart().ReplaceLineEndings("\n    "));
                    }
                }

                break;
        }

        output.WriteLine();
    }

    private void Write(string text) => output.WriteLine(text);

    /// <summary>A terminal cannot hand over a file: it is written to a new temporary folder, and its path printed.</summary>
    private static string SaveFile(FileReply file)
    {
        var folder = Directory.CreateTempSubdirectory("disputebot-");
        var path = Path.Combine(folder.FullName, Path.GetFileName(file.FileName));
        File.WriteAllBytes(path, file.Content);
        return path;
    }
}
