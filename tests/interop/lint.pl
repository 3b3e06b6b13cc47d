# MARC::Lint over an ISO 2709 file: one line per warning ("001: warning"), then a count.
use strict; use warnings;
use MARC::File::USMARC; use MARC::Lint;
binmode STDOUT, ':utf8';
my $lint = MARC::Lint->new;
my $file = MARC::File::USMARC->in($ARGV[0]) or die "cannot open $ARGV[0]";
my ($records, $warnings) = (0, 0);
while (my $record = $file->next()) {
    $records++;
    $lint->check_record($record);
    for my $warning ($lint->warnings) { $warnings++; print $record->field('001')->data(), ": $warning\n"; }
}
print "records $records warnings $warnings\n";
