package org.sifregistry.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * An {@link ImageStore} in a directory: images at {@code root/sha256/<first 2 hex>/<64 hex>}, uploads in
 * progress at {@code root/staging/<random>.part}. Both live under one root so that publishing is a rename
 * within one file system, hence atomic.
 *
 * <p>Paths are built only from an {@link ImageDigest}'s validated hex, so no input can point outside the root.
 */
public class FileSystemImageStore implements ImageStore {

    private static final System.Logger LOG = System.getLogger(FileSystemImageStore.class.getName());
    private static final int BUFFER_SIZE = 1 << 20;
    private static final String PART_SUFFIX = ".part";
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transfer transfer;
    private final long partSize;
    private final Path images;
    private final Path staging;
    /** By upload id; lost with a restart, which only means reading those uploads back when they finish. */
    private final ConcurrentMap<String, PrefixDigest> partedDigests = new ConcurrentHashMap<>();

    /**
     * Opens the store at {@code root}, creating its directories if needed.
     *
     * @param helpers runs the writing, hashing and flushing beside each upload's reading (three tasks each, for as
     *                long as it lasts); it must start every task at once, as a pool that grows does
     * @throws UncheckedIOException if they cannot be created: the store is unusable, which is a setup error
     */
    public FileSystemImageStore(Path root, Executor helpers) {
        this(root, helpers, DEFAULT_PART_SIZE);
    }

    /** With another part size, so that a test writes parts without images of hundreds of megabytes. */
    FileSystemImageStore(Path root, Executor helpers, long partSize) {
        this.transfer = new Transfer(helpers);
        this.partSize = partSize;
        Path base = root.toAbsolutePath().normalize();
        this.images = base.resolve("sha256");
        this.staging = base.resolve("staging");
        try {
            Files.createDirectories(images);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the image store in " + base, e);
        }
    }

    @Override
    public StagedImage stage(ReadableByteChannel content, long maxBytes) throws IOException {
        Objects.requireNonNull(content, "content");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        Path file = Files.createTempFile(staging, null, PART_SUFFIX);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MessageDigest sha256 = sha256();
            long size = transfer.copy(content, file, out, 0, maxBytes, sha256::update);
            if (size > maxBytes) {
                throw new ImageTooLargeException(maxBytes);
            }
            // Durable before the caller records the digest anywhere, so a crash cannot leave a record without bytes
            out.force(true);
            return new StagedImage(ImageDigest.of(sha256.digest()), size, file.toString(), head(out, size));
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            if (failure instanceof IOException io) {
                refuseIfFull(io);
            }
            throw failure;
        }
    }

    /** @throws StoreFullException if {@code failure} is a write that found no room, after logging it for the admin */
    private void refuseIfFull(IOException failure) {
        if (StoreFullException.isNoRoom(failure)) {
            long usable;
            try {
                usable = Files.getFileStore(staging).getUsableSpace();
            } catch (IOException unknown) {
                usable = 0;
            }
            LOG.log(Level.WARNING, "Refused an upload: no room left in the image store at {0} ({1} bytes free)",
                    staging, usable);
            StoreFullException full = new StoreFullException(usable);
            full.initCause(failure);
            throw full;
        }
    }

    @Override
    public String beginParts() throws IOException {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String uploadId = HexFormat.of().formatHex(id);
        Files.createFile(partedFile(uploadId));
        partedDigests.put(uploadId, new PrefixDigest());
        return uploadId;
    }

    /** Parts are written where they belong in one file, so any size would do; the common one keeps stores alike. */
    @Override
    public long partSize() {
        return partSize;
    }

    @Override
    public void requireParts(String uploadId) {
        existingPartedFile(uploadId);
    }

    @Override
    public String writePart(String uploadId, long offset, ReadableByteChannel content, long length)
            throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset " + offset + ", length " + length);
        }
        Path file = existingPartedFile(uploadId);
        PrefixDigest prefix = partedDigests.get(uploadId);
        boolean extendsPrefix = prefix != null && prefix.claim(offset, length);
        long received = -1;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            CRC32C checksum = new CRC32C();
            received = transfer.copy(content, file, out, offset, length, bytes -> {
                if (extendsPrefix) {
                    prefix.update(bytes.duplicate());
                }
                checksum.update(bytes);
            });
            if (received < length) {
                throw new InvalidInputException("part", ErrorKey.UPLOAD_PART_SHORT, received, length);
            }
            if (received > length) {
                throw new InvalidInputException("part", ErrorKey.UPLOAD_PART_LONG, length);
            }
            return "%08x".formatted(checksum.getValue());
        } catch (IOException failure) {
            refuseIfFull(failure);
            throw failure;
        } finally {
            if (extendsPrefix) {
                prefix.release(received == length ? length : -1);
            }
        }
    }

    @Override
    public long appendPart(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException {
        Path file = existingPartedFile(uploadId);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long start = out.size();
            // The chunks of an upload arrive in order, so each one normally extends the hashed prefix
            PrefixDigest prefix = partedDigests.get(uploadId);
            boolean extendsPrefix = prefix != null && prefix.claim(start, Math.max(0, maxBytes - start));
            long received = -1;
            try {
                received = transfer.copy(content, file, out, start, Math.max(0, maxBytes - start), bytes -> {
                    if (extendsPrefix) {
                        prefix.update(bytes);
                    }
                });
                if (start + received > maxBytes) {
                    throw new ImageTooLargeException(maxBytes);
                }
            } catch (Throwable failure) {
                received = -1;
                out.truncate(start);
                if (failure instanceof IOException io) {
                    refuseIfFull(io);
                }
                throw failure;
            } finally {
                if (extendsPrefix) {
                    prefix.release(received);
                }
            }
            return start + received;
        }
    }

    @Override
    public long partsLength(String uploadId) throws IOException {
        return Files.size(existingPartedFile(uploadId));
    }

    @Override
    public StagedImage finishParts(String uploadId) throws IOException {
        Path file = existingPartedFile(uploadId);
        PrefixDigest prefix = partedDigests.remove(uploadId);
        PrefixDigest.Hashed hashed = prefix == null ? PrefixDigest.Hashed.nothing() : prefix.close();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MessageDigest sha256 = hashed.sha256();
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
            long size = hashed.length();
            for (int read; (read = channel.read(buffer, size)) != -1; ) {
                size += read;
                buffer.flip();
                sha256.update(buffer);
                buffer.clear();
            }
            channel.force(true);
            return new StagedImage(ImageDigest.of(sha256.digest()), size, file.toString(), head(channel, size));
        } catch (IOException failure) {
            refuseIfFull(failure);
            throw failure;
        }
    }

    /** The first bytes of a staged file, read back rather than picked out of the stream: a read from the cache. */
    private static byte[] head(FileChannel file, long size) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(StagedImage.HEAD_LENGTH, size));
        for (int read = 0; read >= 0 && head.hasRemaining(); ) {
            read = file.read(head, head.position());
        }
        return head.array();
    }

    @Override
    public void abortParts(String uploadId) {
        if (uploadId != null && UPLOAD_ID.matcher(uploadId).matches()) {
            partedDigests.remove(uploadId);
            deleteStaged(partedFile(uploadId));
        }
    }

    @Override
    public StoredImage commit(StagedImage staged) throws IOException {
        Path source = stagedFile(staged);
        Path target = pathOf(staged.digest());
        createShard(target.getParent());
        if (Files.exists(target) || !moveIntoPlace(source, target)) {
            // Same digest, same bytes: the stored file stays and the copy goes. The stored file is touched so that
            // garbage collection, which spares young files, does not remove what was just pushed again.
            Files.deleteIfExists(source);
            touch(target);
        }
        return new StoredImage(staged.digest(), staged.size());
    }

    @Override
    public void discard(StagedImage staged) {
        deleteStaged(stagedFile(staged));
    }

    private static void deleteStaged(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the staged upload " + file + "; the staging sweep will retry", e);
        }
    }

    @Override
    public Optional<StoredImage> find(ImageDigest digest) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(pathOf(digest), BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new StoredImage(digest, attributes.size()))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public FileChannel openChannel(ImageDigest digest) throws IOException {
        try {
            return FileChannel.open(pathOf(digest), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ImageMissingException(digest);
        }
    }

    @Override
    public boolean delete(ImageDigest digest) throws IOException {
        return Files.deleteIfExists(pathOf(digest));
    }

    @Override
    public boolean deleteIfOlderThan(ImageDigest digest, Instant cutoff) throws IOException {
        Path file = pathOf(digest);
        return isOlderThan(file, cutoff) && Files.deleteIfExists(file);
    }

    @Override
    public Stream<ImageDigest> digests() throws IOException {
        return Files.find(images, 2, (path, attributes) -> attributes.isRegularFile() && isImagePath(path))
                .map(path -> new ImageDigest(path.getFileName().toString()));
    }

    @Override
    public int discardStagedOlderThan(Instant cutoff) throws IOException {
        int discarded = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(staging, "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                // Every write touches the file, so an upload still arriving, however slowly, stays younger
                if (isOlderThan(part, cutoff) && Files.deleteIfExists(part)) {
                    discarded++;
                }
            }
        }
        partedDigests.keySet().removeIf(uploadId -> !Files.exists(partedFile(uploadId)));
        return discarded;
    }

    /** Parted uploads are staged files too, so the staging sweep also removes abandoned ones. */
    private Path partedFile(String uploadId) {
        return staging.resolve("multipart-" + uploadId + PART_SUFFIX);
    }

    private Path existingPartedFile(String uploadId) {
        Path file = partedFile(requireUploadId(uploadId));
        if (!Files.isRegularFile(file)) {
            throw new UploadNotFoundException(uploadId);
        }
        return file;
    }

    private static String requireUploadId(String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            throw new UploadNotFoundException(uploadId);
        }
        return uploadId;
    }

    private Path pathOf(ImageDigest digest) {
        String hex = digest.hex();
        return images.resolve(hex.substring(0, 2)).resolve(hex);
    }

    @Override
    public FileChannel openStaged(StagedImage staged) throws IOException {
        return FileChannel.open(stagedFile(staged), StandardOpenOption.READ);
    }

    /** Only files this store staged may be moved, read or deleted through a {@link StagedImage}. */
    private Path stagedFile(StagedImage staged) {
        Path file = Path.of(staged.location()).toAbsolutePath().normalize();
        if (!staging.equals(file.getParent()) || !file.getFileName().toString().endsWith(PART_SUFFIX)) {
            throw new IllegalArgumentException("Not an upload staged by this store: " + staged.location());
        }
        return file;
    }

    private void createShard(Path shard) throws IOException {
        if (!Files.isDirectory(shard)) {
            Files.createDirectories(shard);
            // The new directory's entry must survive a crash as well, or the image in it is lost with it
            syncDirectory(images);
        }
    }

    /** False if the platform refused to replace a file that a concurrent commit of the same content stored. */
    private static boolean moveIntoPlace(Path source, Path target) throws IOException {
        try {
            // On POSIX a racing commit's rename replaces identical bytes, and readers keep their open file
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            return false;
        }
        syncDirectory(target.getParent());
        return true;
    }

    private static void touch(Path file) throws IOException {
        try {
            // The file system's time, not the registry's clock: every write stamps the files with it, and so must this
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (NoSuchFileException collected) {
            throw new IOException("The stored image " + file.getFileName() + " was removed while it was pushed again;"
                    + " push it once more", collected);
        }
    }

    private static boolean isImagePath(Path path) {
        String name = path.getFileName().toString();
        return HEX_64.matcher(name).matches()
                && path.getParent().getFileName().toString().equals(name.substring(0, 2));
    }

    private static boolean isOlderThan(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException committedMeanwhile) {
            return false;
        }
    }

    /** Makes a rename or a new entry durable where the platform can open a directory (not on Windows). */
    private static void syncDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException unsupported) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
