package dev.briefing.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ingest step's reader: every article in every input file of its partition of the input
 * folder, file by file in path order, except files that earlier runs read in their present state
 * (those are carried forward, see {@link ReadHistory}). A file or record that cannot become an
 * article is thrown as a {@link SkippedInputException} after the reader has moved past it, so the
 * step's skip policy records it and reading goes on. Its position (the next file's name and the
 * record in it) is saved with every chunk, together with the files read completely, so a
 * restarted run continues where the failed one stopped, even if files were added to or removed
 * from the folder in between.
 */
public class ArticleSourceReader implements ItemStreamReader<SourceDocument> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSourceReader.class);
    static final String NEXT_FILE = "ingest.next.file";
    static final String RECORD_INDEX = "ingest.record.index";
    public static final String FILE_COUNT = "ingest.files.total";
    public static final String UNCHANGED_COUNT = "ingest.files.unchanged";
    public static final String INPUTS_BEYOND_FILES = "ingest.inputs.beyond.files";
    /** Sorts after every relative path: the whole folder has been read. */
    private static final String END_OF_INPUT = "\uFFFF";

    private final Path inputFolder;
    private final String collection;
    private final Partition partition;
    private final InputScanner scanner;
    private final InputReader inputReader;
    private final ReadHistory history;
    private final ProgressListener progress;

    private List<InputFile> files = List.of();
    private int unchangedFiles;
    /** Files read completely since the position was last saved, with their stamps from before reading. */
    private final Map<String, FileStamp> readSinceUpdate = new LinkedHashMap<>();
    private FileStamp currentStamp;
    /** Whether the current file gave a rejection: such a file is not recorded as read, so the next run reads and reports it again. */
    private boolean currentFileRejected;
    private Catalogue catalogue = Catalogue.EMPTY;
    private int fileIndex;
    private int recordIndex;
    private int inputsEmitted;
    private int filesWithRecords;
    /** {@link #inputsBeyondFiles()} as saved by the run this one restarts. */
    private int inputsBeyondFilesBefore;
    private final Deque<ReadResult> pending = new ArrayDeque<>();

    /** Told how far reading has got, for progress display. */
    public interface ProgressListener {

        /** The reader has found how many files it has left to read. */
        void filesToRead(int count);

        /** One more file has been read. */
        void fileRead(String relativePath);
    }

    public ArticleSourceReader(Path inputFolder, String collection, Partition partition, InputScanner scanner,
            InputReader inputReader, ReadHistory history, ProgressListener progress) {
        this.inputFolder = inputFolder;
        this.collection = collection;
        this.partition = partition;
        this.scanner = scanner;
        this.inputReader = inputReader;
        this.history = history;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        List<InputFile> mine = scanner.scan(inputFolder).stream().filter(partition::holds).toList();
        Set<InputFile> unchanged = Set.copyOf(history.carryForwardUnchanged(mine));
        files = mine.stream().filter(file -> !unchanged.contains(file)).toList();
        unchangedFiles = unchanged.size();
        catalogue = Catalogue.load(inputFolder);
        fileIndex = 0;
        recordIndex = 0;
        inputsBeyondFilesBefore = context.getInt(INPUTS_BEYOND_FILES, 0);
        if (context.containsKey(NEXT_FILE)) {
            String next = context.getString(NEXT_FILE);
            while (fileIndex < files.size() && files.get(fileIndex).relativePath().compareTo(next) < 0) {
                fileIndex++;
            }
            boolean sameFile = fileIndex < files.size() && files.get(fileIndex).relativePath().equals(next);
            recordIndex = sameFile ? context.getInt(RECORD_INDEX, 0) : 0;
            LOG.info("ingest: resuming at {} (file {} of {}), record {}", next, fileIndex + 1, files.size(), recordIndex + 1);
        }
        progress.filesToRead(files.size() - fileIndex);
    }

    /** How many input files this reader reads (known once it is open). */
    public int inputFileCount() {
        return files.size();
    }

    /** How many input files this reader carried forward unread because they are unchanged. */
    public int unchangedFileCount() {
        return unchangedFiles;
    }

    /**
     * How many more inputs this reader has met than files, including before a restart: the second
     * and later records of files holding many (feeds, JSON Lines, CSV), each an input of its own.
     */
    int inputsBeyondFiles() {
        return inputsBeyondFilesBefore + inputsEmitted - filesWithRecords;
    }

    @Override
    public SourceDocument read() {
        while (pending.isEmpty()) {
            if (fileIndex >= files.size()) {
                return null;
            }
            InputFile file = files.get(fileIndex);
            currentStamp = FileStamp.of(file.path()).orElse(null);
            currentFileRejected = false;
            List<ReadResult> results = inputReader.read(file, collection, catalogue);
            pending.addAll(results.subList(Math.min(recordIndex, results.size()), results.size()));
            if (pending.isEmpty()) {
                advanceFile();
            }
        }
        ReadResult next = pending.poll();
        if (recordIndex == 0) {
            filesWithRecords++;
        }
        currentFileRejected |= next instanceof ReadResult.Rejected;
        recordIndex++;
        inputsEmitted++;
        if (pending.isEmpty()) {
            advanceFile();
        }
        if (next instanceof ReadResult.Rejected rejected) {
            throw new SkippedInputException(rejected.source(), rejected.reason());
        }
        return ((ReadResult.Read) next).document();
    }

    private void advanceFile() {
        String done = files.get(fileIndex).relativePath();
        if (currentStamp != null && !currentFileRejected) {
            readSinceUpdate.put(done, currentStamp);
        }
        fileIndex++;
        recordIndex = 0;
        progress.fileRead(done);
    }

    @Override
    public void update(ExecutionContext context) {
        // A file not recorded here (its chunk rolled back after this call) is read again by the next run: harmless.
        history.filesRead(Map.copyOf(readSinceUpdate));
        readSinceUpdate.clear();
        context.putString(NEXT_FILE, fileIndex < files.size() ? files.get(fileIndex).relativePath() : END_OF_INPUT);
        context.putInt(RECORD_INDEX, recordIndex);
        context.putInt(FILE_COUNT, files.size());
        context.putInt(UNCHANGED_COUNT, unchangedFiles);
        context.putInt(INPUTS_BEYOND_FILES, inputsBeyondFiles());
    }
}
