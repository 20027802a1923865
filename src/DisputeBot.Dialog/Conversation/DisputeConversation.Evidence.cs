using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Conversation;

/// <summary>The evidence checklist: ticking items by button, by words and by files sent in chat.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>AliExpress's dispute form takes images up to 2 MB, in these formats (seed 004).</summary>
    private const long MaxImageBytes = 2L * 1024 * 1024;

    private static readonly string[] AcceptedImageFormats = ["jpg", "jpeg", "png", "gif", "bmp"];

    internal bool EvidenceChoice(string id)
    {
        switch (id)
        {
            case ChoiceIds.Done:
                _machine.Fire(DialogTrigger.Finish);
                return true;
            case ChoiceIds.CompareRefunds:
                CompareRefundsFrom(DialogStep.Evidence);
                return true;
        }

        var item = Category?.Checklist.FirstOrDefault(i => i.Id == id);
        if (item is null)
        {
            return false;
        }

        Tick(item);
        return true;
    }

    internal void CompareRefundsFrom(DialogStep step)
    {
        _state.ResumeStep = step;
        _machine.Fire(DialogTrigger.CompareRefunds);
    }

    internal bool EvidenceText(string text)
    {
        // At the checklist a short answer naming an item ("label photo") is the buyer saying they have it.
        if (TakeProof(text, atChecklist: true))
        {
            return true;
        }

        // Anything else substantial said here is part of the buyer's story: keep it for the dispute description. A
        // question is no part of it.
        if (!_kit.Text.LooksLikeQuestion(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
        {
            var details = string.IsNullOrEmpty(_state.Details) ? text : _state.Details + " " + text;
            _state.Details = Trimmed(details);
            _replies.Add(new TextReply(Text["evidence.noted_details"]));
            _askDue = true;
            return true;
        }

        return false;
    }

    /// <summary>Most pieces of proof kept before the problem is known, and their longest text (state stays small).</summary>
    private const int MaxEvidenceNotes = 3;

    private const int MaxEvidenceNoteLength = 100;

    /// <summary>
    /// The one gate for proof the buyer names in words, at the checklist or at any other question: the text must say the
    /// buyer has it (<see cref="Understanding.TextUnderstanding.TellsEvidenceHeld"/>: "i have photos of the box", not
    /// "do i need a video?"); only <paramref name="atChecklist"/> (the checklist's own answer) lets a bare "label photo"
    /// or "i have that" count, elsewhere the proof must be named. What it names is ticked when the problem is known, else
    /// kept until it is. At the checklist, proof that names no item is left for the buyer's story (false).
    /// </summary>
    private bool TakeProof(string text, bool atChecklist)
    {
        if (!_kit.Text.TellsEvidenceHeld(text, atChecklist))
        {
            return false;
        }

        if (Category is { } category)
        {
            var items = _kit.Text.MatchEvidenceItems(text, category);
            if (items.Count == 0)
            {
                if (_state.Step == DialogStep.Evidence)
                {
                    return false;
                }

                Say("evidence.noted");
                return true;
            }

            foreach (var item in items)
            {
                Tick(item);
            }

            return true;
        }

        if (_state.EvidenceNotes.Count < MaxEvidenceNotes)
        {
            _state.EvidenceNotes = [.. _state.EvidenceNotes, text.Length <= MaxEvidenceNoteLength ? text : text[..MaxEvidenceNoteLength]];
        }

        return true;
    }

    /// <summary>Ticks what the proof named before the problem was known stands for on the chosen problem's checklist.</summary>
    private void TickEvidenceNotes(ProblemCategory category)
    {
        if (_state.EvidenceNotes.Count == 0)
        {
            return;
        }

        var notes = _state.EvidenceNotes;
        _state.EvidenceNotes = [];
        foreach (var note in notes)
        {
            foreach (var item in _kit.Text.MatchEvidenceItems(note, category))
            {
                if (!_state.EvidenceDone.Contains(item.Id))
                {
                    Tick(item);
                }
            }
        }
    }

    private void Tick(EvidenceItem item)
    {
        if (!_state.EvidenceDone.Contains(item.Id))
        {
            _state.EvidenceDone = [.. _state.EvidenceDone, item.Id];
        }

        var (done, total) = Progress();
        _replies.Add(new TextReply(Text.Format("evidence.ticked", ("item", item.Text), ("done", done), ("total", total))));
        _askDue = true;
    }

    internal (int Done, int Total) Progress()
    {
        var checklist = Category?.Checklist ?? [];
        var done = 0;
        for (var i = 0; i < checklist.Count; i++)
        {
            if (_state.EvidenceDone.Contains(checklist[i].Id))
            {
                done++;
            }
        }

        return (done, checklist.Count);
    }

    private void OnFiles(AttachmentInput input)
    {
        if (_state.Step == DialogStep.New)
        {
            Begin();
        }

        foreach (var file in input.Files.Take(10))
        {
            WarnAboutUpload(file);
        }

        var category = Category;
        if (category is null)
        {
            _replies.Add(new TextReply(Text["files.no_problem_yet"]));
            _askDue = true;
            return;
        }

        var ticked = false;
        foreach (var file in input.Files.Take(10))
        {
            var item = (input.Caption is { Length: > 0 } caption ? _kit.Text.MatchEvidence(TextCleaner.Clean(caption, MaxTextLength), category) : null)
                ?? category.Checklist.FirstOrDefault(i => i.FileKinds.Contains(file.Kind) && !_state.EvidenceDone.Contains(i.Id));
            if (item is not null && !_state.EvidenceDone.Contains(item.Id))
            {
                Tick(item);
                ticked = true;
            }
        }

        if (!ticked)
        {
            _replies.Add(new TextReply(Text["files.thanks"]));
        }

        _askDue = true;
    }

    private void WarnAboutUpload(EvidenceFile file)
    {
        var format = FormatOf(file);
        var image = file.Kind == EvidenceFileKind.Photo || (file.MediaType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!image)
        {
            return;
        }

        if (file.SizeBytes is > MaxImageBytes)
        {
            var megabytes = Math.Round(file.SizeBytes.Value / (1024.0 * 1024.0), 1);
            _replies.Add(new TextReply(Text.Format("files.too_big", ("size", megabytes.ToString(_kit.Culture))), ReplyTone.Warning));
        }

        if (format is not null && Array.IndexOf(AcceptedImageFormats, format) < 0)
        {
            _replies.Add(new TextReply(Text.Format("files.bad_format", ("format", format)), ReplyTone.Warning));
        }
    }

    /// <summary>The file's format from its name or media type, lower case ("jpg", "heic"), or null when unknown.</summary>
    private static string? FormatOf(EvidenceFile file)
    {
        if (file.FileName is { } name && name.LastIndexOf('.') is var dot and > 0 && dot < name.Length - 1)
        {
            return name[(dot + 1)..].ToLowerInvariant();
        }

        if (file.MediaType is { } media && media.IndexOf('/') is var slash and > 0)
        {
            var subtype = media[(slash + 1)..].ToLowerInvariant();
            return subtype switch
            {
                "jpeg" or "pjpeg" => "jpg",
                "x-ms-bmp" => "bmp",
                _ => subtype,
            };
        }

        return null;
    }

    internal void RefundsInGeneral()
    {
        _replies.Add(new TextReply(Cite(Text["refunds.general"])));
        _machine.Fire(DialogTrigger.Resume);
    }

    internal bool ReturnCostsText(string text)
    {
        var amounts = AmountReader.Read(text, _kit.Culture);
        if (amounts.Count < 2)
        {
            if (_kit.Text.IsDontKnow(text))
            {
                RefundsInGeneral();
                return true;
            }

            Reprompt("reprompt.return_costs");
            return true;
        }

        AdviseReturn(amounts[0], amounts[1], amounts.Count > 2 ? amounts[2] : null);
        _machine.Fire(DialogTrigger.Resume);
        return true;
    }

    private void AdviseReturn(decimal price, decimal postage, decimal? offer)
    {
        var advice = RefundAdvisor.Advise(price, postage, offer);
        _state.ReturnPrice = price;
        _state.ReturnPostage = postage;
        _replies.Add(new TextReply(Cite(Text.Format(
            "refunds." + advice.Kind.ToString().ToLowerInvariant(),
            ("price", Money(price)),
            ("postage", Money(postage)),
            ("offer", offer is { } o ? Money(o) : string.Empty),
            ("net", Money(advice.NetAfterReturn))))));
    }

    /// <summary>An amount with the currency the buyer named ("39.99 USD").</summary>
    private string Money(decimal amount) => Reports.MoneyText.Format(amount, _state.Currency, _kit.Culture);

    /// <summary>A plain number the buyer gave, never money: a percentage.</summary>
    private string Number(decimal value) => value.ToString("0.##", _kit.Culture);
}
