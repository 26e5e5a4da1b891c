package server

import (
	"os"
	"testing"
)

func TestRun(t *testing.T) {
	os.Setenv("PORT", "0")
	_ = os.Getenv("TEST_ONLY_VAR")
}
