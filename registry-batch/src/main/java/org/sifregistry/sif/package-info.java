/**
 * Reads the metadata of SIF (Singularity/Apptainer) images and legacy Singularity 2.x images: the header, the
 * descriptor table and the small text, JSON and signature objects, never the file system partitions.
 */
package org.sifregistry.sif;
