using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// The configured knowledge base (<c>Knowledge:DataPath</c>) has errors, so the bot cannot start on it. It is a
/// configuration error like any other invalid option: the host reports every failure and stops.
/// </summary>
public sealed class KnowledgeBaseInvalidException(string folder, IReadOnlyList<KnowledgeBaseError> errors)
    : OptionsValidationException(KnowledgeOptions.Section, typeof(KnowledgeOptions), Describe(folder, errors))
{
    public IReadOnlyList<KnowledgeBaseError> Errors => errors;

    private static IEnumerable<string> Describe(string folder, IReadOnlyList<KnowledgeBaseError> errors) =>
        errors.Select(e => e.ToString())
            .Prepend($"The knowledge base in '{folder}' ('{KnowledgeOptions.Section}:DataPath') has {errors.Count} error(s); run 'validate' on it and fix them:");
}
