using System.CommandLine;
using System.Text.Json.Nodes;
using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Cli.CommandLine;

namespace Watchdog.Cli.Commands.Stories;

/// <summary>
/// <c>watchdog stories cluster</c>: JSON Lines of articles in, one <c>{"id": …, "story": N}</c> line per article out, in
/// input order. The articles are clustered as ingest clusters them (<see cref="StoryStream"/>: one clusterer, each
/// article decided as it arrives, in order of date). A bad line is reported on standard error with its number and left
/// out; the exit code is then 2.
/// </summary>
public static class StoriesClusterCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "Read the articles from this file instead of standard input" };
        var command = new Command("cluster", "Read articles as JSON Lines {id, lang, date, title, text} and write {id, story} lines: the story each joins, as ingest would assign it") { input };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input);
            if (file is not null && !file.Exists) throw new UsageException($"--input '{file.FullName}' does not exist.");
            using var reader = file is null ? null : file.OpenText();
            var lines = reader ?? Console.In;
            var articles = new List<StoryInputLine>();
            var bad = 0;
            var number = 0L;
            while (await lines.ReadLineAsync(ct) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    articles.Add(StoryInputLine.Parse(line, number));
                }
                catch (FormatException e)
                {
                    bad++;
                    await Terminal.Error(parse).WriteLineAsync($"line {number}: {e.Message}; left out");
                }
            }
            var stories = StoryStream.Assign(articles.Select(a => a.Article));
            var output = Terminal.Output(parse);
            foreach (var article in articles)
            {
                var line = new JsonObject { ["id"] = article.Id.DeepClone(), ["story"] = stories[article.Article.Id] };
                await output.WriteLineAsync(line.ToJsonString());
            }
            return bad == 0 ? ExitCodes.Ok : ExitCodes.Usage;
        });
        return command;
    }
}
