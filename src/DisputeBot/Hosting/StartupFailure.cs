using DisputeBot.Dialog.Knowledge;
using Microsoft.Extensions.Options;

namespace DisputeBot.Hosting;

/// <summary>Turns the failures a person can fix (settings, dialogs/ content) into one line; other failures stay loud.</summary>
public static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        KnowledgeException knowledge => knowledge.Message,
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        InvalidOperationException { InnerException: { } inner } => Describe(inner),
        ConfigurationException configuration => configuration.Message,
        _ => null,
    };
}

/// <summary>A setting is missing or malformed; the message names it.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
