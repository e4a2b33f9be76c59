using Watchdog.Analysis.Languages.Models;
using Watchdog.Analysis.Languages.Training;

namespace Watchdog.Analysis.Languages.Evaluation;

/// <summary>
/// Whether a short test item's words occur, in the same order, somewhere in the training text. Such items
/// are fair to test on (they are different items, and frequent words recur in any text), but the test
/// set's words and pairs were cut from the same corpus as its sentences, so reporting accuracy on the
/// items the training text does not contain shows what the character model achieves on its own.
/// </summary>
public sealed class TrainingOverlap
{
    /// <summary>Longest item, in words, that is looked up; longer items count as unseen unless equal to a training sentence.</summary>
    public const int MaxWords = 3;

    private readonly HashSet<string> _sequences = new(StringComparer.Ordinal);

    public TrainingOverlap(IEnumerable<TrainingSentence> training)
    {
        foreach (var sentence in training)
        {
            var words = TrainedLanguageModel.ModelWords(sentence.Text).ToList();
            for (var start = 0; start < words.Count; start++)
            {
                for (var length = 1; length <= MaxWords && start + length <= words.Count; length++)
                {
                    _sequences.Add(string.Join(' ', words.Skip(start).Take(length)));
                }
            }
            _sequences.Add(string.Join(' ', words));
        }
    }

    public bool Contains(string text) => _sequences.Contains(string.Join(' ', TrainedLanguageModel.ModelWords(text)));
}
