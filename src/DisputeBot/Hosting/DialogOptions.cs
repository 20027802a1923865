using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Hosting;

/// <summary>Where the conversation's data lives (section "Dialogs").</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>The dialogs/ folder; relative paths are taken from the application's folder.</summary>
    [Required(ErrorMessage = "Dialogs:Path must name the dialogs folder.")]
    public string Path { get; set; } = "dialogs";
}
