using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Watchdog.Pipeline.Configuration;

/// <summary>
/// Reads <c>watchdog.yaml</c> into configuration keys. The file's top level is the "Watchdog" section, so
/// <c>dataFolder: ./data</c> becomes <c>Watchdog:dataFolder</c> and list entries become <c>Watchdog:sources:0:url</c>.
/// </summary>
public sealed class YamlConfigurationProvider(YamlConfigurationSource source) : FileConfigurationProvider(source)
{
    public override void Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        Data = YamlConfigurationFlattener.Flatten(reader, WatchdogOptions.SectionName);
    }
}

public sealed class YamlConfigurationSource : FileConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new YamlConfigurationProvider(this);
    }
}

/// <summary>Turns a YAML document into flat configuration keys (pure; no file access).</summary>
public static class YamlConfigurationFlattener
{
    /// <exception cref="FormatException">The text is not valid YAML; the message names the line and column.</exception>
    public static Dictionary<string, string?> Flatten(TextReader yaml, string rootSection)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(yaml);
        }
        catch (YamlException e)
        {
            throw new FormatException($"watchdog.yaml is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count > 0) Visit(stream.Documents[0].RootNode, rootSection, data);
        return data;
    }

    private static void Visit(YamlNode node, string path, Dictionary<string, string?> data)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalarKey ? scalarKey.Value : key.ToString();
                    Visit(value, ConfigurationPath.Combine(path, name ?? ""), data);
                }
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Visit(sequence.Children[i], ConfigurationPath.Combine(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), data);
                }
                break;
            case YamlScalarNode scalar:
                // A bare "~" or "null" in YAML means "no value", which configuration spells as null.
                data[path] = scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" ? null : scalar.Value;
                break;
        }
    }
}

public static class YamlConfigurationExtensions
{
    public static IConfigurationBuilder AddWatchdogYaml(this IConfigurationBuilder builder, string path, bool optional) =>
        builder.Add<YamlConfigurationSource>(source =>
        {
            source.Path = path;
            source.Optional = optional;
            source.ReloadOnChange = false;
            source.ResolveFileProvider();
        });
}
