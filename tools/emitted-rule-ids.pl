#!/usr/bin/perl
# emitted-rule-ids.pl - lists the rule ids the C sources FILE... can emit:
# string literals passed as the rule of privicon_diagnostics_add() (after
# its severity), pv_rules_report(), pv_job_report(), and #define ...RULE
# "id". tests/structure.sh checks each is in the rules catalogue.
use strict;
use warnings;
undef $/;
my %ids;
for my $f (@ARGV) {
	open my $h, '<', $f or next; my $s = <$h>;
	$s =~ s{/\*.*?\*/}{}gs;
	while ($s =~ /PRIVICON_(?:ERROR|WARNING|NOTE)\s*,\s*"([a-z][a-z0-9-]*)"/g) { $ids{$1} .= " $f"; }
	while ($s =~ /\bsev\w*\s*,\s*"([a-z][a-z0-9-]*)"/g) { $ids{$1} .= " $f"; }
	while ($s =~ /pv_rules_report\(\s*\w+\s*,\s*"([a-z][a-z0-9-]*)"/g) { $ids{$1} .= " $f"; }
	while ($s =~ /pv_job_report\([^;]*?,\s*"([a-z][a-z0-9-]*)"\s*,/g) { $ids{$1} .= " $f"; }
	while ($s =~ /#define\s+\w*RULE\w*\s+"([a-z][a-z0-9-]*)"/g) { $ids{$1} .= " $f"; }
}
print "$_\n" for sort keys %ids;
